"""The administrator's pages: staff accounts, units, retention, access lists."""

"""Storage in the window: unlocking the encrypted store, integrity, backups."""

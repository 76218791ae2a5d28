"""The referral area of the window: login and lock, the form, the lists, the detail."""

"""Familjecenter Desktop: service bundle, referrals and handouts for family centres."""

__version__ = "0.1.0"
APP_NAME = "familjecenter-desktop"
APP_AUTHOR = "familjecenter"

"""Preloaded by the kill test's forkserver: the children start warm."""

from referral_workers import warm_up

warm_up()

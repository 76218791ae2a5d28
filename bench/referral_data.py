"""Referral rows for the benchmark database, once the referrals model exists."""

from __future__ import annotations

import importlib.util
import logging

log = logging.getLogger(__name__)


def referrals_model_exists() -> bool:
    return (
        importlib.util.find_spec("familjecenter_desktop.db.models.referrals")
        is not None
    )


def referral_rows_or_none(sizes):
    """(insert function, cache-key part) for the referrals, or (None, "")."""
    if not referrals_model_exists():
        return None, ""
    try:
        from familjecenter_desktop.synthetic.referrals import insert_referrals
    except ImportError:
        log.warning("referrals model exists but the synthetic generator does not")
        return None, ""

    def extra(connection):
        return insert_referrals(connection, sizes.referrals, seed=3)

    return extra, f"-r{sizes.referrals}"

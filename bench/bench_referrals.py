"""The referral list filtered to one unit at 1,000,000 referrals, and scrolling.

Measured once the referrals package offers its list function; until then the
rows say "not measured" and why.
"""

from __future__ import annotations

import importlib.util
import logging

from harness import Result, not_measured

log = logging.getLogger(__name__)

FIRST_PAGE = "referral list, one unit: first page"
SCROLL = "referral list, one unit: scroll to the end"


def measure(database, sizes, workspace) -> list[Result]:
    """First page and scroll-to-end of one unit's referrals vs. bare SQL."""
    if importlib.util.find_spec("familjecenter_desktop.db.models.referrals") is None:
        why = "the referrals model is not there yet"
    elif importlib.util.find_spec("familjecenter_desktop.referrals") is None:
        why = "the referrals package (list function) is not there yet"
    else:
        why = "the synthetic referral generator does not cover this model yet"
    return [
        not_measured(FIRST_PAGE, "ms", "< 100 ms", why),
        not_measured(SCROLL, "ms", "—", why),
    ]

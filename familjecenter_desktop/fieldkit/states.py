"""What a merge finds for each referral of a return kit, and the user's choices."""

from __future__ import annotations

NEW, FIELD_CHANGED, SITE_CHANGED = "new", "field_changed", "site_changed"
UNCHANGED, BOTH, GONE = "unchanged", "both_changed", "gone"
KEEP_SITE, KEEP_FIELD = "site", "field"
# A baseline site version of 0 means: the field copy was set aside for the
# site's version, so any later change in the field is a conflict again.
DIVERGED = 0

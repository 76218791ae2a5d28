"""Referrals between actors: staff accounts, referrals, consent, follow-up, access log.

Every function here that reads or writes referral data takes the acting user
(an ``Actor``) and checks the user's role and unit before touching anything, and
writes an access-log entry for each referral it shows, changes, prints or
exports. The window only hides buttons; the rules live here.
"""

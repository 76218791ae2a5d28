"""Field kits: the catalogue and a worker's open referrals for a laptop offline.

At the site a worker exports a field kit (``export``); on the laptop it is opened
into an empty data folder (``open_kit``) and the application runs from it; back
at the site the laptop's return kit (``return_kit``) is merged (``merge``), with
referrals changed on both sides shown to the user to resolve. A kit is one file,
encrypted and integrity-protected (``container``). No Qt here.
"""

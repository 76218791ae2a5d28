"""Two sites share one database: each unit sees its own referrals and those sent
to it, nothing else, whichever site's installation asks and on either engine.

Two county sites, each with a child health clinic and family counselling, work
against one database (one PostgreSQL server, or one SQLite file) through two
separately opened workspaces. Referrals go within a site and across sites, to a
unit or to a unit's service. Every unit's worker then lists, opens, prints,
exports and moves the follow-up of every referral: only the expected ones are
found; the others are "no such referral" and leave no trace in the access log.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.db.models import AccessLogEntry, Service
from familjecenter_desktop.referrals import accounts, actors, consents, records, status
from familjecenter_desktop.referrals.errors import NotFoundError
from familjecenter_desktop.referrals.listing import list_referrals
from familjecenter_desktop.referrals.validation import ReferralInput
from familjecenter_desktop.workspace import open_workspace

PASSWORD = "correct horse battery"
SITES = ("A", "B")


def _consent() -> consents.ConsentInput:
    return consents.ConsentInput(
        given_by="guardian",
        data=["identity", "contact", "situation"],
        purpose="Yhteydenotto",
        method="verbal",
    )


def _send(workspace, actor, tag: str, *, org=None, service=None) -> int:
    values = ReferralInput(
        kind="referral_with_consent",
        family_ref=f"TT-{tag}",
        family_names="Testi Testinen",
        phones=["040 123 4567"],
        receiver_org_id=org,
        receiver_service_id=service,
        reasons=["parenthood"],
    )
    view = records.create_referral(workspace, actor, values)
    view = consents.record_consent(workspace, actor, view.id, _consent())
    view = status.change_status(workspace, actor, view.id, view.version, "send")
    return view.id


@pytest.fixture
def two_sites(workspace, tmp_path):
    """Site A's installation (the fixture's workspace) and site B's, one database."""
    url = None if workspace.database_file else workspace.database_url
    data_b = workspace.paths.data if url is None else tmp_path / "site-b"
    site_b = open_workspace(data_b, database_url=url, load_demo=False)
    yield {"A": workspace, "B": site_b}
    site_b.close()


def test_units_see_own_and_received_referrals_only(two_sites):
    """Within and across sites: list, open, print, export, follow-up agree."""
    workspaces = two_sites
    admin = accounts.create_first_admin(
        workspaces["A"], "admin", "Testi Pääkäyttäjä", PASSWORD
    )
    units, services, staff = {}, {}, {}
    for site in SITES:
        ws = workspaces[site]
        county = actors.add_unit(ws, admin, {"fi": f"Alue {site}"})
        for kind in ("clinic", "counselling"):
            unit = actors.add_unit(ws, admin, {"fi": f"{kind} {site}"}, county)
            units[site + kind] = unit
            username = f"{kind}{site}".lower()
            accounts.create_user(
                ws,
                admin,
                username,
                f"Testi {username}",
                "social_worker",
                unit,
                PASSWORD,
            )
            staff[site + kind] = accounts.authenticate(ws, username, PASSWORD)
        with ws.session() as session:
            service = Service(
                name={"fi": f"Perheneuvonta {site}"},
                organisation_id=units[site + "counselling"],
            )
            session.add(service)
            session.flush()
            services[site] = service.id

    a, b = workspaces["A"], workspaces["B"]
    sent = {
        "A to own counselling (service)": _send(
            a, staff["Aclinic"], "1", service=services["A"]
        ),
        "A to B's counselling (unit)": _send(
            a, staff["Aclinic"], "2", org=units["Bcounselling"]
        ),
        "B to own counselling (service)": _send(
            b, staff["Bclinic"], "3", service=services["B"]
        ),
        "B to A's clinic (unit)": _send(b, staff["Bclinic"], "4", org=units["Aclinic"]),
        "A's counselling to B's service": _send(
            a, staff["Acounselling"], "5", service=services["B"]
        ),
    }
    expected = {
        "Aclinic": {
            "A to own counselling (service)",
            "A to B's counselling (unit)",
            "B to A's clinic (unit)",
        },
        "Acounselling": {
            "A to own counselling (service)",
            "A's counselling to B's service",
        },
        "Bclinic": {"B to own counselling (service)", "B to A's clinic (unit)"},
        "Bcounselling": {
            "A to B's counselling (unit)",
            "B to own counselling (service)",
            "A's counselling to B's service",
        },
    }
    names = {referral_id: name for name, referral_id in sent.items()}

    seen, refused = {}, {}
    for who, actor in staff.items():
        for site, ws in workspaces.items():  # either installation answers the same
            listed = {names[row.id] for row in list_referrals(ws, actor)}
            opened, denied = set(), set()
            for name, referral_id in sent.items():
                try:
                    view = records.get_referral(ws, actor, referral_id)
                    records.record_print(ws, actor, referral_id)
                    records.export_referral(ws, actor, referral_id)
                    records.set_follow_up(ws, actor, referral_id, view.version, None)
                    opened.add(name)
                except NotFoundError:
                    denied.add(name)
            seen[(who, site)] = (listed, opened)
            refused[(who, site)] = denied

    for (who, _site), (listed, opened) in seen.items():
        assert listed == expected[who], who
        assert opened == expected[who], who
    for (who, _site), denied in refused.items():
        assert denied == set(sent) - expected[who], who

    # a refused look leaves no entry naming the referral for that user
    with a.session() as session:
        for who, actor in staff.items():
            logged = set(
                session.scalars(
                    select(AccessLogEntry.referral_id)
                    .where(AccessLogEntry.user_id == actor.user_id)
                    .where(AccessLogEntry.referral_id.is_not(None))
                )
            )
            assert {names[i] for i in logged} == expected[who], who
        entries = session.scalar(select(func.count(AccessLogEntry.id)))
    assert entries > 0

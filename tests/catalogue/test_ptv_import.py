"""Importing the real PTV records: counts, links, contents, idempotence, updates."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.ptv.importer import import_ptv, import_ptv_paths
from familjecenter_desktop.db.models import (
    Address,
    Channel,
    ContactPoint,
    ImportRun,
    OpeningHours,
    Organisation,
    Service,
    ServiceCategoryLink,
    ServiceChannelLink,
    ServiceClassification,
    SourceRecord,
)

NAANTALI = "3d1759a2-e47a-4947-9a31-cab1c1e2512b"
PERUSOPETUS = "e45cae1e-dfbc-44eb-b57b-ef73f21b38c4"
MERIMASKU_SCHOOL = "3cfd7097-b73e-4f2a-a482-099b00f12b02"


@pytest.fixture
def records(shared_data):
    return shared_data / "ptv-api-records"


def _count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def test_real_folder_imports_every_record(workspace, records):
    """20 services, 26 channels and 2 organisations; the code lists are skipped."""
    report = import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        counts = [_count(session, m) for m in (Service, Channel, Organisation)]
        kept = _count(session, SourceRecord)

    assert counts == [20, 26, 2]
    assert kept == 48
    assert report.get("service", "added") == 20
    assert report.get("channel", "added") == 26
    assert report.get("organisation", "added") == 2
    assert report.get("code_list", "skipped") == 4
    assert all("code list" in s.reason for s in report.skips)


def test_second_import_changes_nothing(workspace, records):
    """Re-importing reports everything unchanged and duplicates nothing."""
    import_ptv_paths(workspace, [records])
    with workspace.session() as session:
        before = session.scalars(select(Service.imported_at).order_by(Service.id)).all()

    report = import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        after = session.scalars(select(Service.imported_at).order_by(Service.id)).all()
        links = _count(session, ServiceChannelLink)
        runs = session.scalars(select(ImportRun).order_by(ImportRun.id)).all()
    assert report.get("service", "unchanged") == 20
    assert report.get("channel", "unchanged") == 26
    assert report.get("organisation", "unchanged") == 2
    assert not report.changed
    assert before == after
    assert links == 36
    assert [r.succeeded for r in runs] == [True, True]
    assert (runs[1].added, runs[1].unchanged) == (0, 48)


def test_services_channels_and_organisations_are_linked(workspace, records):
    """Basic education is offered at the Merimasku school and organised by Naantali."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        service = session.scalar(
            select(Service).where(Service.source_id == PERUSOPETUS)
        )
        channels = {link.channel.source_id for link in service.channel_links}
        organisation = service.organisation.name["fi"]
        orphans = session.scalar(
            select(func.count())
            .select_from(Channel)
            .where(Channel.organisation_id.is_(None))
        )

    assert MERIMASKU_SCHOOL in channels
    assert organisation == "Naantalin kaupunki"
    assert orphans == 0


def test_service_fields_are_mapped(workspace, records):
    """Texts by type (empty ones dropped), charge type, current codes, area."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        service = session.scalar(
            select(Service).where(
                Service.source_id == "228738ee-754a-49b7-8240-2b84c5ca2970"
            )
        )
        classes = {(c.scheme, c.code) for c in service.classifications}
        categories = {link.category_key for link in service.category_links}

        assert service.name == {"fi": "Etsivä nuorisotyö"}
        assert service.charge_type == "free"
        assert service.eligibility["fi"].startswith("Etsivä nuorisotyö on tarkoitettu")
        assert service.other_texts == {}
        assert service.user_instruction == {}
        assert ("service_class", "P4.13") in classes
        assert ("target_group", "KR1.3") in classes
        assert ("ontology_term", "koko/p62202") in classes
        assert service.area_type == "limited"
        assert service.area_municipalities == ["529"]
        assert service.source_system == "ptv"
        assert service.source_modified.isoformat() == "2018-05-03T11:53:58.162746+00:00"
        assert service.min_age_months is None and service.max_age_months is None
        assert categories == set()


def test_charge_information_text_is_kept(workspace, records):
    """ChargeTypeAdditionalInfo becomes the service's charge information."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        info = session.scalar(
            select(Service.charge_info).where(
                Service.source_id == "4b9f3ded-173b-4018-b43b-d3bbd1ef0ba8"
            )
        )

    assert info["fi"]


def test_life_event_and_old_uris_become_current_codes(workspace, records):
    """The name service's urn.fi codes are stored as P1.5, KR1 and KE1."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        rows = session.execute(
            select(ServiceClassification.scheme, ServiceClassification.code)
            .join(Service)
            .where(Service.source_id == "610325e0-f485-4caa-bd3b-5bf74d5480c5")
        ).all()

    assert {tuple(r) for r in rows} == {
        ("service_class", "P1.5"),
        ("target_group", "KR1"),
        ("life_event", "KE1"),
    }


def test_location_channel_details(workspace, records):
    """Addresses with converted coordinates, phones with prefix, e-mail, web pages."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        channel = session.scalar(
            select(Channel).where(Channel.source_id == MERIMASKU_SCHOOL)
        )
        visiting = [a for a in channel.addresses if a.kind == "visiting"][0]
        postal = [a for a in channel.addresses if a.kind == "postal"][0]
        contacts = [(c.kind, c.value) for c in channel.contact_points]

        assert channel.kind == "location"
        assert visiting.street == {"fi": "Iskolantie"}
        assert visiting.street_number == "9"
        assert visiting.postal_code == "21160"
        assert visiting.municipality_code == "529"
        assert visiting.latitude == pytest.approx(60.4705, abs=0.001)
        assert visiting.longitude == pytest.approx(21.8724, abs=0.001)
        assert postal.po_box == {"fi": "PL 43"}
        assert postal.latitude is None
        assert ("phone", "+358 447334758") in contacts
        assert ("email", "etunimi.sukunimi@naantali.fi") in contacts
        assert sum(1 for k, _ in contacts if k == "web") == 2
        assert "value" not in json.dumps([a.additional_info for a in channel.addresses])


def test_placeholder_oid_is_dropped(workspace, records):
    """The channel whose oid is the example value "oid" keeps no oid."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        extras = session.scalars(select(Channel.extra)).all()

    assert all(extra.get("oid") != "oid" for extra in extras)


def test_service_numbers_are_marked(workspace, records):
    """029500 and 0295000 (no prefix) are national service numbers; mobiles are not."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        marked = session.scalars(
            select(ContactPoint.value).where(ContactPoint.is_service_number)
        ).all()
        mobile = session.scalar(
            select(ContactPoint).where(ContactPoint.value == "+358 445334368")
        )

    assert sorted(marked) == ["029500", "0295000"]
    assert mobile.is_service_number is False
    assert mobile.charge_type == "charged"


def test_channel_kinds_and_hours(workspace, records):
    """Every PTV channel type maps; the phone line has Monday–Friday 9–15."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        kinds = dict(
            session.execute(
                select(Channel.kind, func.count()).group_by(Channel.kind)
            ).all()
        )
        phone = session.scalar(
            select(Channel).where(
                Channel.source_id == "6894ee49-f5ac-4a69-b9f0-bf3de2a02f0c"
            )
        )
        week = [
            (i.weekday, i.opens.isoformat("minutes"), i.closes.isoformat("minutes"))
            for i in phone.opening_hours[0].intervals
        ]
        e_service_hours = session.scalar(
            select(OpeningHours)
            .join(Channel)
            .where(Channel.source_id == "a165743c-4121-4ab5-b1d4-e04ff36ee430")
        )

    assert kinds == {
        "location": 7,
        "phone": 6,
        "web_page": 5,
        "e_service": 7,
        "printable_form": 1,
    }
    assert week == [(d, "09:00", "15:00") for d in range(5)]
    assert e_service_hours is None or e_service_hours.always_open


def test_changed_record_updates_in_place(workspace, records, tmp_path):
    """A newer version updates the row and replaces its children, no duplicate."""
    import_ptv_paths(workspace, [records])
    data = json.loads(
        (records / "servicechannels" / f"{MERIMASKU_SCHOOL}.json").read_text()
    )
    data["modified"] = "2019-01-01T00:00:00Z"
    data["addresses"] = data["addresses"][:1]
    data["serviceChannelNames"][0]["value"] = "Merimaskun koulu (uusi)"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    with workspace.session() as session:
        old_id = session.scalar(
            select(Channel.id).where(Channel.source_id == MERIMASKU_SCHOOL)
        )

    report = import_ptv_paths(workspace, [changed])

    with workspace.session() as session:
        channel = session.scalar(
            select(Channel).where(Channel.source_id == MERIMASKU_SCHOOL)
        )
        addresses = _count(session, Address)
        links = _count(session, ServiceChannelLink)
        assert channel.id == old_id
        assert channel.name["fi"] == "Merimaskun koulu (uusi)"
        assert len(channel.addresses) == 1
    assert report.get("channel", "updated") == 1
    assert addresses == 13
    assert links == 36


def test_older_version_is_skipped_with_reason(workspace, records, tmp_path):
    """A copy older than the stored record is skipped, and says why."""
    import_ptv_paths(workspace, [records])
    data = json.loads(
        (records / "servicechannels" / f"{MERIMASKU_SCHOOL}.json").read_text()
    )
    data["modified"] = "2016-01-01T00:00:00"
    data["serviceChannelNames"][0]["value"] = "Vanha nimi"
    older = tmp_path / "older.json"
    older.write_text(json.dumps(data), encoding="utf-8")

    report = import_ptv_paths(workspace, [older])

    with workspace.session() as session:
        name = session.scalar(
            select(Channel.name).where(Channel.source_id == MERIMASKU_SCHOOL)
        )
    assert name["fi"] == "Merimaskun koulu"
    assert report.skips[0].record == MERIMASKU_SCHOOL
    assert "older than the stored version" in report.skips[0].reason


def test_separate_imports_link_up(workspace, records, tmp_path):
    """Channels imported before their services are linked when the services come."""
    import_ptv_paths(workspace, [records / "servicechannels"])
    import_ptv_paths(workspace, [records / "organizations"])

    import_ptv_paths(workspace, [records / "services"])

    with workspace.session() as session:
        links = _count(session, ServiceChannelLink)
        unowned = session.scalar(
            select(func.count())
            .select_from(Service)
            .where(Service.organisation_id.is_(None))
        )
    assert links == 36
    assert unowned == 0


def test_mapping_is_applied_on_import(workspace, records):
    """Temporary day care (P3.4) lands in education and municipal services."""
    import_ptv_paths(workspace, [records])

    with workspace.session() as session:
        keys = session.scalars(
            select(ServiceCategoryLink.category_key)
            .join(Service)
            .where(Service.source_id == "4b9f3ded-173b-4018-b43b-d3bbd1ef0ba8")
        ).all()

    assert keys == ["education_municipal"]


def test_failure_writes_nothing(workspace, records, tmp_path):
    """One broken file among good ones: nothing is imported, the run is kept failed."""
    folder = tmp_path / "mixed"
    shutil.copytree(records / "services", folder / "services")
    (folder / "services" / "zz-broken.json").write_text("{", encoding="utf-8")

    with pytest.raises(CatalogueImportError) as caught:
        import_ptv_paths(workspace, [folder])

    with workspace.session() as session:
        services = _count(session, Service)
        runs = session.scalars(select(ImportRun)).all()
    assert "zz-broken.json" in str(caught.value)
    assert services == 0
    assert [r.succeeded for r in runs] == [False]


def test_import_within_a_session_rolls_back_with_it(workspace, records):
    """import_ptv writes in the caller's transaction only."""
    with pytest.raises(RuntimeError), workspace.session() as session:
        import_ptv(session, [records])
        raise RuntimeError("caller gives up")

    with workspace.session() as session:
        assert _count(session, Service) == 0

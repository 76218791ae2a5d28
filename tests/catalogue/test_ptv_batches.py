"""PTV import in batches: same result as one batch, all or nothing, copies settled."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.ptv import batches
from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths
from familjecenter_desktop.db.models import (
    Channel,
    ImportRun,
    Organisation,
    SearchDocument,
    Service,
    ServiceCategoryLink,
    ServiceChannelLink,
)
from familjecenter_desktop.workspace import open_workspace

SERVICE_ID = "610325e0-f485-4caa-bd3b-5bf74d5480c5"


@pytest.fixture
def records(shared_data):
    return shared_data / "ptv-api-records"


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of three records, so the real folder takes many batches."""
    monkeypatch.setattr(batches, "BATCH_SIZE", 3)


def _snapshot(workspace) -> dict:
    """What an import leaves: rows, links, owners, placements and search rows."""
    with workspace.session() as session:
        return {
            "services": session.execute(
                select(
                    Service.source_id, Service.name, Service.organisation_id
                ).order_by(Service.id)
            ).all(),
            "channels": session.execute(
                select(Channel.source_id, Channel.organisation_id).order_by(Channel.id)
            ).all(),
            "organisations": session.execute(
                select(Organisation.source_id, Organisation.parent_id).order_by(
                    Organisation.id
                )
            ).all(),
            "links": sorted(
                session.execute(
                    select(ServiceChannelLink.service_id, ServiceChannelLink.channel_id)
                ).all()
            ),
            "categories": sorted(
                session.execute(
                    select(
                        ServiceCategoryLink.service_id, ServiceCategoryLink.category_key
                    )
                ).all()
            ),
            "search": session.execute(
                select(
                    SearchDocument.service_id,
                    SearchDocument.name,
                    SearchDocument.place,
                    SearchDocument.body,
                    SearchDocument.exact,
                ).order_by(SearchDocument.service_id)
            ).all(),
        }


def test_many_batches_give_the_same_catalogue_as_one(
    workspace, workspace_engine, records, tmp_path, monkeypatch
):
    """Batches of three records import the real folder exactly as one batch does.

    The one-batch reference is on SQLite; on PostgreSQL the places of a search
    row may come in another order (the engines return rows in their own order),
    so there the search rows are compared by service and name only.
    """
    reference = open_workspace(tmp_path / "one-batch", load_demo=False)
    try:
        whole_report = import_ptv_paths(reference, [records])
        whole = _snapshot(reference)
    finally:
        reference.close()
    monkeypatch.setattr(batches, "BATCH_SIZE", 3)

    report = import_ptv_paths(workspace, [records])

    batched = _snapshot(workspace)
    if workspace_engine == "postgresql":
        batched["search"] = [row[:2] for row in batched["search"]]
        whole["search"] = [row[:2] for row in whole["search"]]
    assert report.lines() == whole_report.lines()
    assert batched == whole
    assert len(whole["links"]) == 36


def test_failure_in_a_later_batch_writes_nothing(
    workspace, records, tmp_path, small_batches
):
    """Earlier batches are already written when a later record fails: none stays."""
    folder = tmp_path / "mixed"
    shutil.copytree(records / "organizations", folder / "organizations")
    shutil.copytree(records / "servicechannels", folder / "servicechannels")
    shutil.copytree(records / "services", folder / "services")
    (folder / "services" / "zz-broken.json").write_text("{", encoding="utf-8")

    with pytest.raises(CatalogueImportError) as caught:
        import_ptv_paths(workspace, [folder])

    with workspace.session() as session:
        counts = [
            session.scalar(select(func.count()).select_from(model))
            for model in (Organisation, Channel, Service, ServiceChannelLink)
        ]
        runs = session.scalars(select(ImportRun.succeeded)).all()
    assert "zz-broken.json" in str(caught.value)
    assert counts == [0, 0, 0, 0]
    assert runs == [False]


def _copies(tmp_path, service: dict, first_modified: str, second_modified: str):
    """Two copies of one service, in files that land in different batches."""
    first = dict(service, modified=first_modified)
    second = dict(service, modified=second_modified)
    second["serviceNames"] = [
        dict(name, value=f"{name['value']} (toinen)")
        for name in service["serviceNames"]
    ]
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "a-first.json").write_text(json.dumps(first), encoding="utf-8")
    for n in range(4):  # fillers push the second copy into a later batch
        filler = dict(service, id=f"{n:08d}-0000-4000-8000-000000000000")
        (folder / f"b-filler{n}.json").write_text(json.dumps(filler), encoding="utf-8")
    (folder / "c-second.json").write_text(json.dumps(second), encoding="utf-8")
    return folder


def _service(shared_data) -> dict:
    path = shared_data / "ptv-api-records" / "services" / f"{SERVICE_ID}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("batch_size", [3, 1000])
@pytest.mark.parametrize(
    ("first", "second", "second_wins", "skipped"),
    [
        ("2020-01-01T00:00:00", "2021-01-01T00:00:00", True, "a-first.json"),
        ("2021-01-01T00:00:00", "2020-01-01T00:00:00", False, "c-second.json"),
    ],
    ids=["newer-later", "older-later"],
)
def test_copies_in_different_batches_settle_as_in_one(
    workspace,
    tmp_path,
    shared_data,
    monkeypatch,
    batch_size,
    first,
    second,
    second_wins,
    skipped,
):
    """The newer copy is kept and the other reported skipped, batched or not."""
    monkeypatch.setattr(batches, "BATCH_SIZE", batch_size)
    folder = _copies(tmp_path, _service(shared_data), first, second)

    report = import_ptv_paths(workspace, [folder])

    with workspace.session() as session:
        name = session.scalar(
            select(Service.name).where(Service.source_id == SERVICE_ID)
        )
    assert name["fi"].endswith("(toinen)") == second_wins
    assert report.get("service", "added") == 5
    assert report.get("service", "skipped") == 1
    assert [(s.file.rsplit("/", 1)[-1], s.record) for s in report.skips] == [
        (skipped, SERVICE_ID)
    ]


def test_changed_service_keeps_its_classifications(workspace, tmp_path, shared_data):
    """A newer copy of a service with the same classes updates it (no clash)."""
    service = _service(shared_data)
    first = tmp_path / "first.json"
    first.write_text(json.dumps(service), encoding="utf-8")
    import_ptv_paths(workspace, [first])
    changed = dict(service, modified="2030-01-01T00:00:00")
    changed["serviceNames"] = [
        dict(name, value=f"{name['value']} (uusi)") for name in service["serviceNames"]
    ]
    second = tmp_path / "second.json"
    second.write_text(json.dumps(changed), encoding="utf-8")

    report = import_ptv_paths(workspace, [second])

    with workspace.session() as session:
        row = session.scalar(select(Service).where(Service.source_id == SERVICE_ID))
        assert row.name["fi"].endswith("(uusi)")
        assert row.classifications
    assert report.get("service", "updated") == 1

"""Bad PTV input: each problem names file, record and field, and nothing is written."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths
from familjecenter_desktop.db.models import Service

SERVICE_ID = "610325e0-f485-4caa-bd3b-5bf74d5480c5"


@pytest.fixture
def service(shared_data) -> dict:
    path = shared_data / "ptv-api-records" / "services" / f"{SERVICE_ID}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path, data, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding=encoding)
    return path


def _fails(workspace, path) -> CatalogueImportError:
    with pytest.raises(CatalogueImportError) as caught:
        import_ptv_paths(workspace, [path])
    with workspace.session() as session:
        assert session.scalar(select(func.count(Service.id))) == 0
    return caught.value


def test_broken_json_names_file_line_and_column(workspace, tmp_path):
    """Broken JSON: the file and the position."""
    path = _write(tmp_path / "broken.json", '{"id": "x",\n  "serviceNames": [}')

    problem = _fails(workspace, path)

    assert problem.file == str(path)
    assert "broken JSON at line 2" in problem.reason


def test_bom_is_accepted(workspace, tmp_path, service):
    """A record saved with a UTF-8 BOM imports normally."""
    path = _write(tmp_path / "bom.json", service, encoding="utf-8-sig")

    report = import_ptv_paths(workspace, [path])

    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    assert report.get("service", "added") == 1


def test_service_without_id(workspace, tmp_path, service):
    """A service without an id: the record's place in the list and the field id."""
    del service["id"]
    path = _write(tmp_path / "list.json", [service])

    problem = _fails(workspace, path)

    assert (problem.record, problem.field) == ("#0", "id")
    assert "required field is missing" in problem.reason


def test_service_without_names(workspace, tmp_path, service):
    """A service whose names are all empty: the id and the field serviceNames."""
    for name in service["serviceNames"]:
        name["value"] = None
    path = _write(tmp_path / "noname.json", service)

    problem = _fails(workspace, path)

    assert (problem.record, problem.field) == (SERVICE_ID, "serviceNames")
    assert str(path) in str(problem)


def test_unknown_code(workspace, tmp_path, service):
    """An unknown service class: the record, the field and the code."""
    service["serviceClasses"][0]["code"] = "P99.9"
    service["serviceClasses"][0]["uri"] = "http://urn.fi/URN:NBN:fi:au:ptvl:v9999"
    path = _write(tmp_path / "unknown.json", service)

    problem = _fails(workspace, path)

    assert (problem.record, problem.field) == (SERVICE_ID, "serviceClasses[0]")
    assert "P99.9" in problem.reason


def test_wrong_shape_not_a_record(workspace, tmp_path):
    """An object that is no PTV record is a wrong shape."""
    path = _write(tmp_path / "other.json", {"hello": "world"})

    problem = _fails(workspace, path)

    assert "wrong shape" in problem.reason


def test_wrong_shape_not_an_object(workspace, tmp_path):
    """A bare number is a wrong shape."""
    path = _write(tmp_path / "number.json", "42")

    problem = _fails(workspace, path)

    assert "expected a JSON object" in problem.reason


def test_record_in_the_wrong_folder(workspace, tmp_path, service):
    """A service in servicechannels/ is refused."""
    path = _write(tmp_path / "servicechannels" / "s.json", service)

    problem = _fails(workspace, path)

    assert "folder of channel records" in problem.reason


def test_bad_opening_hour(workspace, tmp_path, shared_data):
    """A weekday that is none: the record and the exact hours field."""
    name = "6894ee49-f5ac-4a69-b9f0-bf3de2a02f0c.json"
    data = json.loads(
        (shared_data / "ptv-api-records" / "servicechannels" / name).read_text()
    )
    data["serviceHours"][0]["openingHour"][2]["dayFrom"] = "Moonday"
    path = _write(tmp_path / "hours.json", data)

    problem = _fails(workspace, path)

    assert problem.field == "serviceHours[0].openingHour[2].dayFrom"
    assert "Moonday" in problem.reason


def test_missing_path(workspace, tmp_path):
    """A path that does not exist is named."""
    problem = _fails(workspace, tmp_path / "nowhere")

    assert "no such file or folder" in str(problem)


def test_good_records_before_a_bad_one_are_not_kept(workspace, tmp_path, service):
    """All or nothing: a good record and a bad one import nothing."""
    bad = dict(service, id="not an id!")
    path = _write(tmp_path / "page.json", {"pageNumber": 1, "itemList": [service, bad]})

    problem = _fails(workspace, path)

    assert problem.record == "not an id!"


def test_unpublished_record_is_skipped_with_reason(workspace, tmp_path, service):
    """A deleted record is skipped, naming its status."""
    service["publishingStatus"] = "Deleted"
    path = _write(tmp_path / "deleted.json", service)

    report = import_ptv_paths(workspace, [path])

    assert report.get("service", "skipped") == 1
    assert report.skips[0].reason == "publishing status Deleted"
    assert report.skips[0].record == SERVICE_ID

"""Reading PTV JSON: single records, lists, paging wrappers, folders, code lists."""

from __future__ import annotations

import json

from familjecenter_desktop.catalogue.importreport import ImportReport
from familjecenter_desktop.catalogue.ptv.reader import json_files, read_all


def _service(ident: str) -> dict:
    return {
        "id": ident,
        "serviceNames": [{"language": "fi", "value": "Palvelu", "type": "Name"}],
    }


def _channel(ident: str) -> dict:
    return {
        "id": ident,
        "serviceChannelType": "Phone",
        "serviceChannelNames": [{"language": "fi", "value": "Puhelin", "type": "Name"}],
    }


def test_single_list_and_paging_shapes(tmp_path):
    """A record, a list and a paging wrapper all give their records."""
    (tmp_path / "one.json").write_text(json.dumps(_service("a" * 8)))
    (tmp_path / "list.json").write_text(
        json.dumps([_service("b" * 8), _channel("c" * 8)])
    )
    page = {
        "pageNumber": 1,
        "pageSize": 2,
        "pageCount": 1,
        "itemList": [_service("d" * 8)],
    }
    (tmp_path / "page.json").write_text(json.dumps(page))
    report = ImportReport()

    records = read_all([tmp_path], report)

    assert sorted((r.record_type, r.label) for r in records) == [
        ("channel", "c" * 8),
        ("service", "a" * 8),
        ("service", "b" * 8),
        ("service", "d" * 8),
    ]
    assert {r.index for r in records if r.file.name == "list.json"} == {0, 1}


def test_folders_are_searched_recursively(tmp_path):
    """Records below nested folders are found, in a stable order."""
    deep = tmp_path / "a" / "services" / "b"
    deep.mkdir(parents=True)
    (deep / "x.json").write_text(json.dumps(_service("e" * 8)))
    (tmp_path / "notes.txt").write_text("not json")

    files = json_files([tmp_path])

    assert files == [deep / "x.json"]


def test_code_lists_and_bare_references_are_skipped(tmp_path):
    """A PTV code list and an id-only reference are skipped with a reason."""
    (tmp_path / "codes.json").write_text(
        json.dumps(
            [{"code": "529", "names": [{"language": "fi", "value": "Naantali"}]}]
        )
    )
    refs = {"pageNumber": 1, "itemList": [{"id": "f" * 8, "name": "Palvelu"}]}
    (tmp_path / "refs.json").write_text(json.dumps(refs))
    report = ImportReport()

    records = read_all([tmp_path], report)

    assert records == []
    assert sorted(s.reason for s in report.skips) == [
        "a PTV code list, not a catalogue record",
        "a bare reference, no content",
    ]


def test_empty_paging_wrapper_gives_nothing(tmp_path):
    """A last page with a null item list is fine."""
    (tmp_path / "empty.json").write_text(
        json.dumps({"pageNumber": 3, "itemList": None})
    )

    records = read_all([tmp_path], ImportReport())

    assert records == []


def test_real_folder_reads_48_records(shared_data):
    """The shared PTV folder holds 48 records and 4 code lists."""
    report = ImportReport()

    records = read_all([shared_data / "ptv-api-records"], report)

    assert len(records) == 48
    assert report.get("code_list", "skipped") == 4

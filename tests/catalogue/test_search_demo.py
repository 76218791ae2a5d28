"""Search on real data: the demo catalogue and the imported PTV records."""

from __future__ import annotations

import argparse
import json

import pytest

from familjecenter_desktop.catalogue.details import load_service_rows
from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths
from familjecenter_desktop.catalogue.search import SearchRequest, search
from familjecenter_desktop.commands import search_cmd
from familjecenter_desktop.workspace import open_workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A workspace holding the demo catalogue."""
    ws = open_workspace(tmp_path_factory.mktemp("demo") / "data", load_demo=True)
    yield ws
    ws.close()


def _names(workspace, text: str, lang: str = "fi") -> list[str]:
    with workspace.session() as session:
        ids = [h.service_id for h in search(session, SearchRequest(text=text))]
        return [row.name for row in load_service_rows(session, ids, lang)]


@pytest.mark.parametrize(
    ("text", "part"),
    [("neuvola", "neuvola"), ("päivähoito", "päivähoito"), ("nuoriso", "nuoriso")],
)
def test_typical_searches_find_demo_services(demo, text, part):
    """The nurse's typical words list real services, names containing them first."""
    names = _names(demo, text)

    assert names
    assert part in names[0].lower()


def test_compound_neuvola_finds_child_and_family_clinics(demo):
    """`neuvola` finds the compound names Lastenneuvola… and Perheneuvola…."""
    names = [n.lower() for n in _names(demo, "neuvola")]

    assert any(n.startswith("lastenneuvola") for n in names)
    assert any(n.startswith("perheneuvola") for n in names)


def test_swedish_and_accentless_text_find_the_same_service(demo):
    """Swedish names are searched too; accent-less typing still finds them."""
    exact = _names(demo, "rådgivning", "sv")
    plain = _names(demo, "radgivning", "sv")

    assert exact and sorted(exact) == sorted(plain)


def test_imported_ptv_records_are_searchable(tmp_path, shared_data):
    """After importing the real PTV records, their services and places are found."""
    ws = open_workspace(tmp_path / "ptv", load_demo=False)
    try:
        import_ptv_paths(ws, [str(shared_data / "ptv-api-records")])

        found = {text: _names(ws, text) for text in ("päivähoito", "nuoriso")}
        by_place = _names(ws, "naantali")
    finally:
        ws.close()

    assert all(found.values())
    assert len(by_place) >= 10


def _run_cli(workspace, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    search_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["search", *argv])
    return args.handler(args, workspace)


def test_cli_prints_ranked_lines_and_json(demo, capsys):
    """The command lists id, name, organisation, municipality; --json the same."""
    code = _run_cli(demo, "neuvola", "--lang", "sv", "--limit", "2")
    lines = capsys.readouterr().out.splitlines()
    json_code = _run_cli(demo, "neuvola", "--json", "--limit", "2")
    records = json.loads(capsys.readouterr().out)

    assert (code, json_code) == (0, 0)
    assert len(lines) == 2 and lines[0].split("\t")[0].isdigit()
    assert [r["id"] for r in records] == [int(line.split("\t")[0]) for line in lines]
    assert set(records[0]) == {"id", "name", "organisation", "municipality"}


def test_cli_says_when_nothing_matches(demo, capsys):
    """No match prints a clear line and exits 0; odd text is fine."""
    code = _run_cli(demo, '"AND (zzqq*')

    assert code == 0
    assert capsys.readouterr().out.strip() == "no matching services"

"""The synthetic county catalogue: deterministic, complete, realistic, loadable."""

from __future__ import annotations

import json
import sqlite3

from familjecenter_desktop.synthetic.catalogue import generate_catalogue
from familjecenter_desktop.synthetic.database import build_database, cached_database
from familjecenter_desktop.synthetic.ptv_json import write_ptv_catalogue
from familjecenter_desktop.synthetic.rows import CatalogueSize

SMALL = CatalogueSize(services=120, locations=30)


def test_same_seed_gives_the_same_rows():
    """Two runs with one seed are identical; another seed differs."""

    first = generate_catalogue(SMALL, seed=5)
    second = generate_catalogue(SMALL, seed=5)
    other = generate_catalogue(SMALL, seed=6)

    assert first.tables == second.tables
    assert first.tables["service"] != other.tables["service"]


def test_sizes_are_as_asked():
    """The catalogue has the asked services and locations, plus phone lines."""

    rows = generate_catalogue(SMALL)

    assert rows.count("service") == 120
    kinds = [c["kind"] for c in rows.tables["channel"]]
    assert kinds.count("location") == 30
    assert kinds.count("phone") == 6
    assert rows.count("address") == 30


def test_texts_in_three_languages_of_realistic_length():
    """Every service has fi/sv/en names and descriptions of a few hundred chars."""

    rows = generate_catalogue(SMALL)

    for service in rows.tables["service"]:
        assert set(service["name"]) == {"fi", "sv", "en"}
        assert set(service["description"]) == {"fi", "sv", "en"}
        assert 150 < len(service["description"]["fi"]) < 4000
        assert len(service["summary"]["sv"]) < 300


def test_finnish_compounds_appear_in_the_texts():
    """Long family-service compounds such as "...tukiryhmä" occur in the texts."""

    rows = generate_catalogue(SMALL)
    words = {
        word.strip(".,").lower()
        for service in rows.tables["service"]
        for word in service["description"]["fi"].split()
    }

    long_words = [w for w in words if len(w) >= 14]
    assert len(long_words) > 20
    assert any(w.startswith(("perhe", "lapsi", "vertaistuki")) for w in long_words)


def test_built_database_holds_every_row_with_keys_intact(tmp_path):
    """A built database has the rows, valid foreign keys and no partial file."""

    path = tmp_path / "county.sqlite3"

    report = build_database(path, SMALL, seed=1)

    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM service").fetchone()[0] == 120
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    name = connection.execute("SELECT name FROM service WHERE id = 1").fetchone()[0]
    connection.close()
    assert set(json.loads(name)) == {"fi", "sv", "en"}
    assert report.rows["service"] == 120
    assert not (tmp_path / "county.sqlite3.partial").exists()


def test_cached_database_is_reused(tmp_path):
    """The second call with the same parameters returns the cached file."""

    first = cached_database(tmp_path, SMALL, seed=1)

    second = cached_database(tmp_path, SMALL, seed=1)

    assert not first.cached
    assert second.cached
    assert second.path == first.path


def test_ptv_json_reads_back_through_the_ptv_reader(tmp_path):
    """The written PTV files are classified by the importer's reader."""
    from familjecenter_desktop.catalogue.importreport import ImportReport
    from familjecenter_desktop.catalogue.ptv.reader import read_all

    rows = generate_catalogue(SMALL)
    folder = tmp_path / "ptv"

    counts = write_ptv_catalogue(rows, folder)

    records = read_all([folder], ImportReport())
    types = [r.record_type for r in records]
    assert counts["services"] == 120
    assert types.count("service") == 120
    assert types.count("channel") == 36
    assert types.count("organisation") == rows.count("organisation")

"""The ``import`` command: the report, a second run, and failures."""

from __future__ import annotations

import argparse

from familjecenter_desktop.commands import import_cmd
from familjecenter_desktop.workspace import open_workspace


def _run(data_dir, *argv: str) -> int:
    """Parse like the command line does, open the workspace, run the handler."""
    parser = argparse.ArgumentParser()
    import_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["import", *argv])
    workspace = open_workspace(data_dir, load_demo=args.load_demo)
    try:
        return args.handler(args, workspace)
    finally:
        workspace.close()


def test_import_prints_counts_and_second_run_is_unchanged(
    tmp_path, shared_data, capsys
):
    """First run adds 20/26/2; second run reports all unchanged."""
    folder = str(shared_data / "ptv-api-records")

    first = _run(tmp_path / "d", folder)
    out_first = capsys.readouterr().out
    second = _run(tmp_path / "d", folder)
    out_second = capsys.readouterr().out

    assert (first, second) == (0, 0)
    assert "services: 20 added, 0 updated, 0 unchanged, 0 skipped" in out_first
    assert "service channels: 26 added" in out_first
    assert "organisations: 2 added" in out_first
    assert "codes/language.json: a PTV code list" in out_first
    assert "services: 0 added, 0 updated, 20 unchanged" in out_second
    assert "everything was already up to date" in out_second


def test_import_does_not_load_the_demo(tmp_path, shared_data, capsys):
    """Importing into an empty folder imports only what it is given."""
    one = shared_data / "ptv-api-records" / "organizations"

    code = _run(tmp_path / "d", str(one))

    out = capsys.readouterr().out
    assert code == 0
    assert (
        out.splitlines()[0]
        == "organisations: 2 added, 0 updated, 0 unchanged, 0 skipped"
    )
    assert "services" not in out


def test_failure_exits_non_zero_with_the_problem(tmp_path, capsys):
    """Broken JSON: exit 1, the message names the file; nothing imported."""
    bad = tmp_path / "bad.json"
    bad.write_text("[{]", encoding="utf-8")

    code = _run(tmp_path / "d", str(bad))

    err = capsys.readouterr().err
    assert code == 1
    assert "nothing was imported" in err
    assert str(bad) in err
    assert "broken JSON at line 1" in err


def test_bad_mapping_override_stops_the_import(tmp_path, shared_data, capsys):
    """A broken override mapping is reported before anything is imported."""
    config = tmp_path / "d" / "config"
    config.mkdir(parents=True)
    (config / "bundle_mapping.json").write_text('{"rules": 5}', encoding="utf-8")

    code = _run(tmp_path / "d", str(shared_data / "ptv-api-records" / "services"))

    assert code == 1
    assert "field rules: expected a list" in capsys.readouterr().err


def test_an_empty_folder_is_refused_not_reported_as_up_to_date(tmp_path, capsys):
    """No JSON files below the folder: a message naming it, exit 1, nothing run."""
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)

    code = _run(tmp_path / "d", str(empty))

    captured = capsys.readouterr()
    assert code == 1
    assert "up to date" not in captured.out
    assert captured.err.strip() == (
        f"import failed, nothing was imported: {empty}: "
        "no PTV JSON files (*.json) in this folder or its subfolders"
    )

"""Build the UI translations: ``.ts`` sources to compiled ``.qm`` files.

    python packaging/build_translations.py           # compile resources/i18n/*.ts
    python packaging/build_translations.py --update  # refresh main_*.ts first

``--update`` runs ``pyside6-lupdate`` for the ``main`` area: the UI files outside
``ui/referrals``, ``ui/sheets`` and ``ui/storage`` (those areas keep their own
``.ts`` files) plus every ``QT_TRANSLATE_NOOP`` mark in ``core``, ``catalogue``
and ``domain``; and for the ``storage`` area: ``ui/storage`` plus the marks in
``db`` and ``workspace.py``.
Compiling uses ``pyside6-lrelease``; the ``.qm`` files are committed.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)

PROJECT = Path(__file__).resolve().parents[1]
PACKAGE = PROJECT / "familjecenter_desktop"
I18N = PROJECT / "resources" / "i18n"
LANGUAGES = ("fi", "sv", "en")
OTHER_UI_AREAS = ("referrals", "sheets", "storage", "fieldkit", "admin")
MARKED_PACKAGES = ("core", "catalogue", "domain")


def tool(name: str) -> str:
    """A PySide6 tool beside the running Python, or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 into this environment")
    return found


def main_area_sources() -> list[Path]:
    """The Python files whose strings belong to the ``main`` area."""
    ui = PACKAGE / "ui"
    files = [
        p
        for p in sorted(ui.rglob("*.py"))
        if p.relative_to(ui).parts[0] not in OTHER_UI_AREAS
    ]
    for package in MARKED_PACKAGES:
        files += sorted((PACKAGE / package).rglob("*.py"))
    return files


def storage_area_sources() -> list[Path]:
    """The Python files whose strings belong to the ``storage`` area."""
    files = sorted((PACKAGE / "ui" / "storage").rglob("*.py"))
    return [*files, *sorted((PACKAGE / "db").glob("*.py")), PACKAGE / "workspace.py"]


def update_main(
    languages: tuple[str, ...] = LANGUAGES, area: str = "main", files=None
) -> None:
    """Refresh ``<area>_<lang>.ts`` from the code, keeping existing translations."""
    files = main_area_sources() if files is None else files
    sources = [str(p.relative_to(PROJECT)) for p in files]
    for lang in languages:
        target = I18N / f"{area}_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(target.relative_to(PROJECT)),
            ],
            cwd=PROJECT,
            check=True,
        )


def compile_all(source_dir: Path = I18N, target_dir: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` in ``source_dir`` to ``.qm`` in ``target_dir``."""
    target_dir = target_dir or source_dir
    target_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(source_dir.glob("*.ts")):
        qm = target_dir / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update", action="store_true", help="refresh main_*.ts from the code first"
    )
    args = parser.parse_args(argv)
    if args.update:
        update_main()
        update_main(area="storage", files=storage_area_sources())
    for qm in compile_all():
        print(qm.relative_to(PROJECT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

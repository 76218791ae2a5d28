"""Take the main window's screenshots for the README, offscreen and re-runnable.

    python packaging/screenshots.py

Opens a throw-away workspace with the demo catalogue (or, while the demo
catalogue is not built yet, the made-up test catalogue of ``tests/ui``),
searches for ``neuvola``, opens the first result and saves
``docs/screenshots/main-window-<lang>.png`` for fi, sv and en; then, as a
made-up nurse, fills a referral from "Refer" and saves
``referral-form-<lang>.png`` and ``referral-list-<lang>.png`` (fi, sv).

    python packaging/screenshots.py --only referrals --target DIR
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from familjecenter_desktop.ui.i18n import Translations  # noqa: E402
from familjecenter_desktop.ui.main_window import MainWindow  # noqa: E402
from familjecenter_desktop.workspace import Workspace, open_workspace  # noqa: E402

log = logging.getLogger(__name__)

PROJECT = Path(__file__).resolve().parents[1]
TARGET = PROJECT / "docs" / "screenshots"
QUERY = "neuvola"


def open_catalogue(folder: Path) -> Workspace:
    """A workspace with the demo catalogue, or the test catalogue as a stand-in."""
    if importlib.util.find_spec("familjecenter_desktop.catalogue.demo") is not None:
        return open_workspace(folder, load_demo=True)
    print("demo catalogue not available; using the made-up test catalogue")
    workspace = open_workspace(folder, load_demo=False)
    spec = importlib.util.spec_from_file_location(
        "ui_test_data", PROJECT / "tests" / "ui" / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with workspace.session() as session:
        module.build_catalogue(session)
    return workspace


def shoot(workspace: Workspace, lang: str, target: Path = TARGET) -> Path:
    """Search, open the first result and save the window as a picture."""
    translations = Translations()
    translations.install(lang)
    window = MainWindow(workspace.settings, translations)
    window.resize(1280, 800)
    window.show()
    window.attach_workspace(workspace)
    window.worker.wait_idle()

    view = window.search_view
    view.search_field.setText(QUERY)
    view.run_search()
    window.worker.wait_idle()
    if view.model.rowCount():
        view.result_list.setCurrentIndex(view.model.index(0))
        window.worker.wait_idle()
    QApplication.processEvents()

    target.mkdir(parents=True, exist_ok=True)
    path = target / f"main-window-{lang}.png"
    window.grab().save(str(path))
    window.worker.shutdown()
    window.deleteLater()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("main", "referrals"))
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_catalogue(Path(folder))
        try:
            if args.only in (None, "main"):
                for lang in ("fi", "sv", "en"):
                    print(shoot(workspace, lang, args.target))
            if args.only in (None, "referrals"):
                from referral_screenshots import shoot_referrals

                for lang in ("fi", "sv"):
                    for path in shoot_referrals(workspace, lang, args.target):
                        print(path)
        finally:
            workspace.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

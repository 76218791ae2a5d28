"""The guidance-sheet tab: basket, options, preview, save and print.

Services arrive from the look-up's ``add_to_basket_requested`` signal. Building
the PDF, rendering the preview, saving and printing all run on the worker, so
the window never waits. ``install(window)`` adds the tab to the main window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from familjecenter_desktop.sheets.build import BuiltSheet
from familjecenter_desktop.sheets.from_catalogue import (
    build_catalogue_sheet,
    service_names,
)
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.preview import page_images
from familjecenter_desktop.ui.sheets.basket import Basket
from familjecenter_desktop.ui.sheets.options_panel import OptionsPanel
from familjecenter_desktop.ui.sheets.preview import PreviewArea
from familjecenter_desktop.ui.sheets.printing import print_pdf
from familjecenter_desktop.ui.sheets.sheet_actions import (
    ask_pdf_path,
    ask_printer,
    beside_preview,
    building_text,
    built_text,
    print_text,
    printing_text,
    row,
    save_pdf,
    save_text,
    saved_text,
    sent_text,
)
from familjecenter_desktop.ui.worker import Worker
from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 400


@dataclass(frozen=True)
class Built:
    """A built sheet, the ids and options it was built from, and its page images."""

    ids: tuple[int, ...]
    options: SheetOptions
    sheet: BuiltSheet
    images: list[bytes]


class SheetsView(QWidget):
    """Pick services, choose the sheet, look at it, print it or save it."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheets_view")
        self.worker = worker
        self.workspace: Workspace | None = None
        self.ui_language = "fi"
        self.built: Built | None = None
        self._printer: QPrinter | None = None

        self.basket = Basket()
        self.options_panel = OptionsPanel()
        self.preview = PreviewArea()
        self.basket_label = QLabel()
        self.remove_button = QPushButton(objectName="sheet_remove")
        self.clear_button = QPushButton(objectName="sheet_clear")
        self.save_button = QPushButton(objectName="sheet_save")
        self.print_button = QPushButton(objectName="sheet_print")
        self.message = QLabel(objectName="sheet_message")
        self.message.setWordWrap(True)
        self._build_layout()

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.basket.changed.connect(self._preview_timer.start)
        self.options_panel.changed.connect(self._preview_timer.start)
        self.remove_button.clicked.connect(self.basket.remove_selected)
        self.clear_button.clicked.connect(self.basket.clear_all)
        self.save_button.clicked.connect(self.choose_and_save)
        self.print_button.clicked.connect(self.choose_printer_and_print)
        self.retranslate_ui()
        self._update_buttons()

    def _build_layout(self) -> None:
        parts = [self.basket_label, (self.basket, 1)]
        parts += [row(self.remove_button, self.clear_button), self.options_panel]
        parts += [row(self.save_button, self.print_button), self.message]
        beside_preview(self, parts, self.preview)

    # --- wiring -------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def set_ui_language(self, lang: str) -> None:
        self.ui_language = lang

    def add_service(self, service_id: int) -> None:
        """Put a service in the basket and read its name off the GUI thread."""
        if not self.basket.add(service_id):
            return
        if self.workspace is None:
            return
        workspace, lang = self.workspace, self.ui_language
        self.worker.submit(
            lambda: service_names(workspace, [service_id], lang),
            self._names_arrived,
            self._failed,
            label="basket name",
        )

    def _names_arrived(self, names: dict[int, str]) -> None:
        for service_id, name in names.items():
            self.basket.set_name(service_id, name)

    # --- building and preview -----------------------------------------------

    def refresh_preview(self) -> None:
        """Build the sheet for the basket and show its pages."""
        self._preview_timer.stop()
        ids = tuple(self.basket.ids())
        self._update_buttons()
        if not ids or self.workspace is None:
            self.built = None
            self.preview.show_pages([])
            return
        options = self.options_panel.options()
        workspace, dpi = self.workspace, self.preview.dpi()

        def build() -> Built:
            sheet = build_catalogue_sheet(workspace, ids, options)
            return Built(ids, options, sheet, page_images(sheet.pdf, dpi))

        self.message.setText(building_text())
        self.worker.submit(build, self._built, self._failed, key="sheet preview")

    def _built(self, built: Built) -> None:
        self.built = built
        self.preview.show_pages(built.images)
        sheet = built.sheet
        self.message.setText(built_text(sheet.pages, sheet.missing_glyphs))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_items = self.basket.count() > 0
        self.remove_button.setEnabled(has_items)
        self.clear_button.setEnabled(has_items)
        ready = self.built is not None and self.built.ids == tuple(self.basket.ids())
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # --- save and print -----------------------------------------------------

    def choose_and_save(self) -> None:
        if self.built is None:
            return
        path = ask_pdf_path(self, self.tr("guidance-sheet") + ".pdf")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Write the built sheet to ``path`` on the worker."""
        if self.built is None:
            return
        pdf = self.built.sheet.pdf
        self.worker.submit(
            lambda: save_pdf(pdf, path),
            lambda saved: self.message.setText(saved_text(saved)),
            self._failed,
            label="save sheet",
        )

    def choose_printer_and_print(self) -> None:
        if self.built is None:
            return
        printer = ask_printer(self, self.built.sheet.pdf)
        if printer is not None:
            self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        """Print the built sheet on ``printer`` without blocking the window."""
        if self.built is None:
            return
        pdf = self.built.sheet.pdf
        self._printer = printer
        self.message.setText(printing_text())
        self.worker.submit(
            lambda: print_pdf(printer, pdf),
            lambda pages: self.message.setText(sent_text(pages)),
            self._failed,
            label="print sheet",
        )

    # --- language -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.basket_label.setText(self.tr("Services on the sheet"))
        self.remove_button.setText(self.tr("Remove"))
        self.clear_button.setText(self.tr("Empty"))
        self.save_button.setText(save_text())
        self.print_button.setText(print_text())
        window = self.window()
        if window is not self and hasattr(window, "tabs"):
            index = window.tabs.indexOf(self)
            if index >= 0:
                window.tabs.setTabText(index, self.tr("Guidance sheet"))


def install(window) -> SheetsView:
    """Add the sheet tab to the main window and connect it to the look-up."""
    view = SheetsView(window.worker)
    window.add_view(view, "")
    view.retranslate_ui()  # names the tab in the UI language
    window.add_to_basket_requested.connect(view.add_service)
    window.workspace_attached.connect(view.attach)
    window.language_changed.connect(view.set_ui_language)
    view.set_ui_language(window.language)
    return view

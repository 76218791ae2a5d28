"""The family's referral sheet: choose language and paper, look, print or save.

The referral detail view calls::

    open_referral_sheet(parent, workspace, actor, referral_id, worker)

which opens ``ReferralSheetDialog`` (window-modal, does not block the caller).
Everything slow runs on ``ui/worker.py``: building the preview (the referral is
read once, logged as a view; other languages or sizes are built from that), and
for every print and every saved PDF first ``print_referral_sheet`` (permission
check and a *print* entry in the referral's access log, on the write pool),
then the printing or writing itself on the read pool, so the log stays free for
other writes while pages go to the printer. The dialog cannot be closed while a
print or save is under way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from familjecenter_desktop.domain.phones import PhoneNumberError, normalise_phone
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.sheets.build import BuiltSheet
from familjecenter_desktop.sheets.preview import page_images
from familjecenter_desktop.sheets.referral_sheet import (
    ReferralPreview,
    preview_referral_sheet,
    print_referral_sheet,
    rebuild_referral_preview,
)
from familjecenter_desktop.ui.referrals.messages import translated
from familjecenter_desktop.ui.sheets.options_panel import REFERRAL_KINDS, OptionsPanel
from familjecenter_desktop.ui.sheets.preview import PreviewArea
from familjecenter_desktop.ui.sheets.printing import print_pdf
from familjecenter_desktop.ui.sheets.sheet_actions import (
    STRETCH,
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
    saving_text,
    sent_text,
)
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 400


class RefusedError(ValueError):
    """The referrals package said no; ``describe()`` is its translated reason."""

    def describe(self) -> str:
        return str(self)


def refused(exc: ReferralError) -> RefusedError:
    return RefusedError(translated(exc.message))


def phone_problem(text: str) -> str | None:
    """Why the family's phone cannot go on the sheet (in the UI language), or
    None: empty (the unit's own number) or a real number. The referral form
    and the unit dialog refuse the same numbers."""
    if not text.strip():
        return None
    try:
        normalise_phone(text)
    except PhoneNumberError as exc:
        return translated(exc.message)
    return None


@dataclass(frozen=True)
class Preview:
    """A built preview and its page images."""

    preview: ReferralPreview
    images: list[bytes]


class ReferralSheetDialog(QDialog):
    """Preview and print one referral's sheet for the family."""

    def __init__(
        self,
        workspace,
        actor,
        referral_id: int,
        worker: Worker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referral_sheet_dialog")
        self.workspace = workspace
        self.actor = actor
        self.referral_id = referral_id
        self.worker = worker
        self.built: Preview | None = None
        self.busy = 0
        self.closed = False
        self._read = None  # the referral as read for the first preview

        self.options_panel = OptionsPanel(kinds=REFERRAL_KINDS)
        self.phone = QLineEdit(objectName="referral_sheet_phone")
        self.phone_label = QLabel()
        self.preview = PreviewArea()
        self.message = QLabel(objectName="referral_sheet_message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(objectName="referral_sheet_save")
        self.print_button = QPushButton(objectName="referral_sheet_print")
        self.close_button = QPushButton(objectName="referral_sheet_close")
        self._build_layout()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.options_panel.changed.connect(self._timer.start)
        self.phone.textChanged.connect(self._timer.start)
        self.save_button.clicked.connect(self.choose_and_save)
        self.print_button.clicked.connect(self.choose_printer_and_print)
        self.close_button.clicked.connect(self.close)

        self.retranslate_ui()
        self.resize(980, 720)
        self._update_buttons()
        self.refresh_preview()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.phone_label, self.phone)
        parts = [self.options_panel, form, STRETCH, self.message]
        parts += [row(self.save_button, self.print_button), self.close_button]
        beside_preview(self, parts, self.preview)

    # --- preview ------------------------------------------------------------

    def options(self):
        return self.options_panel.options()

    def refresh_preview(self) -> None:
        """Build the sheet with the chosen options and show its pages."""
        self._timer.stop()
        workspace, actor, referral_id = self.workspace, self.actor, self.referral_id
        options, phone = self.options(), self.phone.text().strip()
        read, dpi = self._read, self.preview.dpi()
        if self._refuse_phone(phone):
            return

        def build() -> Preview:
            try:
                if read is None:  # the first time: read (and log) the referral
                    preview = preview_referral_sheet(
                        workspace, actor, referral_id, options, phone, True
                    )
                else:
                    preview = rebuild_referral_preview(workspace, read, options, phone)
            except ReferralError as exc:
                raise refused(exc) from exc
            return Preview(preview, page_images(preview.sheet.pdf, dpi))

        self.built = None
        self._update_buttons()
        self.message.setText(building_text())
        self.worker.submit(
            build,
            self._built,
            self._failed,
            key=f"referral sheet {id(self)}",
            label="referral sheet preview",
        )

    def _refuse_phone(self, phone: str) -> bool:
        """Say why ``phone`` cannot be printed and hold the sheet back; False
        when it can."""
        problem = phone_problem(phone)
        if problem is None:
            return False
        self.built = None
        self.message.setText(problem)
        self._update_buttons()
        return True

    def _built(self, built: Preview) -> None:
        if self.closed:
            return
        if self._read is None:
            self._read = built.preview.view
            self.options_panel.set_language(built.preview.lang, quiet=True)
        self.built = built
        self.preview.show_pages(built.images)
        sheet = built.preview.sheet
        text = built_text(sheet.pages, sheet.missing_glyphs)
        self.message.setText(text)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        if self.closed:
            return
        self.message.setText(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.built is not None and self.busy == 0
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.close_button.setEnabled(self.busy == 0)

    # --- print and save: logged first, then done off the GUI thread ----------

    def _logged_sheet(self, then, done_message, label: str) -> None:
        """Log the print and build the sheet (write pool), then run ``then``
        with the PDF bytes (read pool); ``done_message`` gets its result."""
        workspace, actor, referral_id = self.workspace, self.actor, self.referral_id
        options, phone = self.options(), self.phone.text().strip()
        if self._refuse_phone(phone):
            return

        def log_and_build() -> BuiltSheet:
            try:
                return print_referral_sheet(
                    workspace, actor, referral_id, options, phone
                )
            except ReferralError as exc:
                raise refused(exc) from exc

        def logged(sheet: BuiltSheet) -> None:
            self.worker.submit(
                lambda: then(sheet.pdf),
                lambda result: self._finished(done_message(result)),
                self._finished,
                label=label,
            )

        self.busy += 1
        self._update_buttons()
        self.worker.submit(
            log_and_build, logged, self._finished, write=True, label="log print"
        )

    def _finished(self, message: str) -> None:
        self.busy -= 1
        self.message.setText(message)
        self._update_buttons()

    def choose_and_save(self) -> None:
        if self.built is None:
            return
        name = self.tr("referral-sheet")
        path = ask_pdf_path(self, f"{name}-{self.referral_id}.pdf")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Log the print, then write the sheet to ``path``."""
        self.message.setText(saving_text())
        self._logged_sheet(
            lambda pdf: save_pdf(pdf, path),
            saved_text,
            "save referral sheet",
        )

    def choose_printer_and_print(self) -> None:
        if self.built is None:
            return
        printer = ask_printer(self, self.built.preview.sheet.pdf)
        if printer is not None:
            self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        """Log the print, then send the pages to ``printer``."""
        self.message.setText(printing_text())
        self._logged_sheet(
            lambda pdf: print_pdf(printer, pdf),
            sent_text,
            "print referral sheet",
        )

    # --- closing and language -------------------------------------------------

    def reject(self) -> None:
        if self.busy:  # Esc while printing: the dialog stays until it is done
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        self.closed = True  # a preview still being built is dropped
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sheet for the family"))
        self.phone_label.setText(self.tr("Phone for the family"))
        self.phone.setPlaceholderText(self.tr("empty: your unit's own number"))
        self.save_button.setText(save_text())
        self.print_button.setText(print_text())
        self.close_button.setText(self.tr("Close"))


def open_referral_sheet(
    parent: QWidget | None,
    workspace,
    actor,
    referral_id: int,
    worker: Worker | None = None,
) -> ReferralSheetDialog:
    """Open the referral-sheet dialog for ``referral_id`` and return it.

    ``worker`` is the window's worker; without one the dialog gets its own,
    owned by ``parent`` so that it outlives the dialog.
    """
    if worker is None:
        worker = Worker(parent)
    dialog = ReferralSheetDialog(workspace, actor, referral_id, worker, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    log.debug("referral sheet dialog opened")
    return dialog

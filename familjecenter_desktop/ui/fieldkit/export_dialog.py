"""Exporting a field kit: what goes in, where it is written, the passphrase."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.ui.fieldkit.passphrase import PassphraseFields

log = logging.getLogger(__name__)

SUFFIX = ".fckit"


class ExportDialog(QDialog):
    """The export's choices; read ``path()``, ``with_referrals()``, ``passphrase()``."""

    def __init__(
        self,
        default_path: Path,
        may_include_referrals: bool,
        return_kit: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kit_export_dialog")
        self.return_kit = return_kit
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.include = QCheckBox(objectName="kit_with_referrals")
        self.include.setEnabled(may_include_referrals and not return_kit)
        self.include.setVisible(not return_kit)
        self.file = QLineEdit(str(default_path), objectName="kit_file")
        self.browse = QPushButton(objectName="kit_browse")
        self.browse.clicked.connect(self._browse)
        self.fields = PassphraseFields(new_kit=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.validity_changed.connect(self._update_ok)
        self.file.textChanged.connect(self._update_ok)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.file_label = QLabel()
        form = QFormLayout()
        form.addRow(self.file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.include)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        if self.return_kit:
            self.setWindowTitle(self.tr("Make a return kit"))
            self.intro.setText(
                self.tr(
                    "The return kit carries every referral of this laptop and its "
                    "access log back to the site. It is encrypted with the "
                    "passphrase you choose here."
                )
            )
        else:
            self.setWindowTitle(self.tr("Export a field kit"))
            self.intro.setText(
                self.tr(
                    "A field kit carries the service catalogue, your account and, "
                    "if you choose, your own open referrals to a laptop for work "
                    "without a network. It is one encrypted file; the export is "
                    "written to the access log."
                )
            )
        self.include.setText(self.tr("Include my open &referrals"))
        self.file_label.setText(self.tr("&File:"))
        self.file_label.setBuddy(self.file)
        self.browse.setText(self.tr("&Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Write the kit")
        )
        self.fields.retranslate_ui()

    def path(self) -> Path:
        path = Path(self.file.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(SUFFIX)

    def with_referrals(self) -> bool:
        return self.include.isEnabled() and self.include.isChecked()

    def passphrase(self) -> str:
        return self.fields.passphrase()

    def _update_ok(self, *_args) -> None:
        ok = self.fields.problem() is None and bool(self.file.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.file.text(),
            self.tr("Field kits (*.fckit)"),
        )
        if chosen:
            self.file.setText(chosen)

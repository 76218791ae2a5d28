"""The client's right to know: everyone who processed one family's data.

The administrator types the family reference; the list comes from the access
log (which names the family only by an opaque key) and can be saved as CSV.
Both the look-up and the export are written to the access log themselves.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals.audit import AccessRow
from familjecenter_desktop.ui.admin.account_dialogs import role_name
from familjecenter_desktop.ui.admin.page import AdminPage, fill_table, plain_table
from familjecenter_desktop.ui.referrals.dates import show_moment
from familjecenter_desktop.ui.referrals.messages import action_name
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class AccessPage(AdminPage):
    """A family reference, the list of who processed its data, and CSV export."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.rows: list[AccessRow] = []
        self.reference = QLineEdit()
        self.reference.returnPressed.connect(self.show_list)
        self.reference_label = QLabel()
        self.reference_label.setBuddy(self.reference)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.show_list)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.table = plain_table(5)
        top = QHBoxLayout()
        for widget in (
            self.reference_label,
            self.reference,
            self.show_button,
            self.export_button,
        ):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.reference_label.setText(self.tr("Family &reference"))
        self.show_button.setText(self.tr("&Show who processed it"))
        self.export_button.setText(self.tr("E&xport as CSV…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Role"),
                self.tr("What"),
                self.tr("Workstation"),
            ]
        )
        self._show_rows()

    def clear(self) -> None:
        super().clear()
        self.rows = []
        self.reference.clear()
        self.table.setRowCount(0)

    def show_list(self) -> None:
        workspace, actor, reference = self.workspace, self.actor, self.reference.text()
        self.run(
            lambda: audit.family_access(workspace, actor, reference),
            self._loaded,
            write=True,  # the look-up itself is logged
            label="family access list",
        )

    def _loaded(self, rows: list[AccessRow]) -> None:
        self.rows = rows
        self._show_rows()
        self.status.setText(self.tr("%n entry(ies) for this reference.", "", len(rows)))

    def _show_rows(self) -> None:
        rows = []
        for entry in self.rows:
            what = action_name(entry.action)
            if entry.referral_id is not None:
                what = f"{what} (#{entry.referral_id})"
            cells = [
                show_moment(entry.at),
                entry.username,
                role_name(entry.role),
                what,
                entry.workstation,
            ]
            rows.append((entry.referral_id, cells))
        fill_table(self.table, rows)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the access list"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the family's access list as CSV to ``path`` (logged as an export)."""
        workspace, actor, reference = self.workspace, self.actor, self.reference.text()
        self.run(
            lambda: audit.family_access_csv(workspace, actor, reference, path),
            lambda _: self.status.setText(
                self.tr("Saved to %1.").replace("%1", str(path))
            ),
            write=True,
            label="family access export",
        )

"""Pertukaran Data: peers and their last package numbers, export and import of packages.

Export and import run on the job runner's writer thread (``services.exchange``); the result of
an import (applied, skipped, read-only, conflicts, duplicate NIK cases) stays on the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.domain.access import Action
from vokasi_desktop.services import exchange
from vokasi_desktop.services.exchange_format import PackageError
from vokasi_desktop.ui import messages
from vokasi_desktop.ui.context import UiContext


class ExchangePage(QWidget):
    """Peers, last sequences, export to a file, import a file with the result shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.principal = ctx.user
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Data exchange between offices"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("Signed packages carry this office's changes to a partner office "
                               "and bring theirs back (USB stick, e-mail or a shared folder)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        peers_box = QGroupBox(self.tr("Partner offices"))
        pl = QVBoxLayout(peers_box)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Office"), self.tr("Kind"), self.tr("Last sent"),
            self.tr("Confirmed by partner"), self.tr("Last received")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        pl.addWidget(self.table)
        self.conflicts_label = QLabel()
        pl.addWidget(self.conflicts_label)
        layout.addWidget(peers_box, 1)

        actions = QGroupBox(self.tr("Packages"))
        al = QHBoxLayout(actions)
        al.addWidget(QLabel(self.tr("Send to:")))
        self.peer_combo = QComboBox()
        self.peer_combo.setMinimumWidth(140)
        al.addWidget(self.peer_combo)
        self.export_button = QPushButton(self.tr("Export package…"))
        self.export_button.clicked.connect(self._choose_export)
        al.addWidget(self.export_button)
        al.addSpacing(24)
        self.import_button = QPushButton(self.tr("Import package…"))
        self.import_button.clicked.connect(self._choose_import)
        al.addWidget(self.import_button)
        al.addStretch(1)
        layout.addWidget(actions)

        self.result_label = QLabel(self.tr("No package exported or imported in this session."))
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("exchangeResult")
        layout.addWidget(self.result_label)

        self.export_button.setEnabled(self.principal.can(Action.EXCHANGE_EXPORT))
        self.import_button.setEnabled(self.principal.can(Action.EXCHANGE_IMPORT))
        if not self.principal.can(Action.EXCHANGE_IMPORT):
            self.result_label.setText(self.tr("Only a supervisor, the head of branch or the "
                                              "administrator may exchange packages."))
        self.busy = False
        self.refresh()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.runner.submit(exchange.status, self.ctx.db, on_done=self._show_status,
                               name="exchange.status")

    def _show_status(self, rows: list[exchange.PeerStatus]) -> None:
        self.table.setRowCount(len(rows))
        current = self.peer_combo.currentText()
        self.peer_combo.clear()
        for r, p in enumerate(rows):
            kind = self.tr("Regional office") if p.kind == "regional" else self.tr("Branch")
            for c, text in enumerate([p.office_code, kind, _num(p.last_sent),
                                      _num(p.last_acknowledged), _num(p.last_received)]):
                self.table.setItem(r, c, QTableWidgetItem(text))
            self.peer_combo.addItem(p.office_code)
        if current:
            self.peer_combo.setCurrentText(current)
        open_conflicts = rows[0].open_conflicts if rows else 0
        self.conflicts_label.setText(self.tr("Open conflicts waiting for a supervisor: %1")
                                     .replace("%1", str(open_conflicts)))
        self.export_button.setEnabled(bool(rows) and self.principal.can(Action.EXCHANGE_EXPORT))

    # -- export --------------------------------------------------------------------------------

    def _choose_export(self) -> None:
        peer = self.peer_combo.currentText()
        if not peer:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save exchange package"), f"paket-ke-{peer}.zip",
            self.tr("Exchange package (*.zip)"))
        if path:
            self.export_to(peer, Path(path))

    def export_to(self, peer: str, path: Path) -> None:
        self._start()
        self.ctx.runner.submit(exchange.export_package, self.ctx.db, self.principal, peer, path,
                               write=True, on_done=self._exported, on_error=self._failed,
                               changes=frozenset({"exchange"}), name="exchange.export")

    def _exported(self, r: exchange.ExportResult) -> None:
        self._finish()
        self.result_label.setText(
            self.tr("Package number %1 for %2 written to %3 (%4 records).")
            .replace("%1", str(r.sequence)).replace("%2", r.peer).replace("%3", str(r.path))
            .replace("%4", str(sum(r.counts.values()))))
        self.refresh()

    # -- import --------------------------------------------------------------------------------

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import exchange package"), "",
                                              self.tr("Exchange package (*.zip)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        self._start()
        self.ctx.runner.submit(exchange.import_package, self.ctx.db, self.principal, path,
                               write=True, on_done=self._imported, on_error=self._failed,
                               changes=frozenset({"member", "enrollment", "institution",
                                                  "class", "quota", "exchange"}),
                               name="exchange.import")

    def _imported(self, r: exchange.ImportResult) -> None:
        self._finish()
        self.result_label.setText(r.message)  # the service's Indonesian summary
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, PackageError):
            text = self.tr("Package refused: %1").replace("%1", str(exc))
        else:
            text = str(exc) if str(exc) else type(exc).__name__
        self.result_label.setText(text)
        messages.error(self, self.tr("Data exchange"), text)

    def _start(self) -> None:
        self.busy = True
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.result_label.setText(self.tr("Working…"))

    def _finish(self) -> None:
        self.busy = False
        self.export_button.setEnabled(self.principal.can(Action.EXCHANGE_EXPORT))
        self.import_button.setEnabled(self.principal.can(Action.EXCHANGE_IMPORT))


def _num(n: int) -> str:
    return f"#{n}" if n else "-"


__all__: list[Any] = ["ExchangePage"]

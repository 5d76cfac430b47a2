"""Idle lock: after some minutes without keyboard or mouse input the window hides everything.

:class:`IdleLock` is an application-wide event filter; every key or mouse event restarts its
timer. When the timer fires, a :class:`LockScreen` covers the whole main window (menus, sidebar
and pages hidden: nothing of the pages shows, the title names no person). Only the same user's
password lifts it (checked by ``services.users.verify_own_password``: failures are audited and
count towards the account lockout; after each failure the button waits longer: 1, 2, 4 ... 30
seconds). "Keluar" asks for a full logout (switch user). Background jobs keep running behind
the lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain.access import Principal
from vokasi_desktop.services import users
from vokasi_desktop.services.errors import ServiceError

DEFAULT_IDLE_MINUTES = 5
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockScreen(QFrame):
    """Opaque overlay over the whole main window, asking for the password."""

    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, window: QMainWindow, db: Database, principal: Principal) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.db, self.principal = db, principal
        self.failures = 0
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockScreen { background: #1f3a5f; } QLabel { color: white; }")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QFrame(self)
        box.setStyleSheet("QFrame { background: white; border-radius: 8px; } "
                          "QLabel { color: #1f3a5f; }")
        box.setFixedWidth(420)
        lay = QVBoxLayout(box)
        title = QLabel(self.tr("Screen locked"), box)
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        lay.addWidget(title)
        self.who = QLabel(self.tr("Signed in as %1. Enter your password to continue.")
                          .replace("%1", principal.username), box)
        self.who.setWordWrap(True)
        lay.addWidget(self.who)
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.try_unlock)
        lay.addWidget(self.password)
        self.message = QLabel("", box)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.logout_button = QPushButton(self.tr("Log out"), box)
        self.logout_button.clicked.connect(self.logout_requested)
        self.unlock_button = QPushButton(self.tr("Unlock"), box)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.logout_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        lay.addLayout(row)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(box)
        h.addStretch(1)
        outer.addLayout(h)
        outer.addStretch(2)
        self._backoff = QTimer(self)
        self._backoff.setSingleShot(True)
        self._backoff.timeout.connect(lambda: self.unlock_button.setEnabled(True))

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        password = self.password.text()
        self.password.clear()
        try:
            users.verify_own_password(self.db, self.principal, password)
        except ServiceError as exc:
            self.failures += 1
            wait = min(30, 2 ** (self.failures - 1))
            self.message.setText(str(exc))
            self.unlock_button.setEnabled(False)
            self._backoff.start(wait * 1000)
            return
        self.failures = 0
        self.message.clear()
        self.unlocked.emit()


class IdleLock(QObject):
    """Locks ``window`` after ``timeout_ms`` without input (app-wide event filter)."""

    locked_changed = Signal(bool)
    logout_requested = Signal()

    def __init__(self, window: QMainWindow, db: Database, principal: Principal, *,
                 minutes: float = DEFAULT_IDLE_MINUTES, timeout_ms: int | None = None) -> None:
        super().__init__(window)
        self.window, self.db, self.principal = window, db, principal
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms if timeout_ms is not None
                               else int(max(1.0, minutes) * 60_000))
        self.timer.timeout.connect(self.lock)
        self.screen: LockScreen | None = None
        self._title = ""
        self._hidden: list[QWidget] = []
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize and self.screen:
            self.screen.setGeometry(self.window.rect())
        elif event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        self._title = self.window.windowTitle()
        self.window.setWindowTitle("Vokasi Indonesia Pekerja — " + self.tr("Locked"))
        self._hidden = [w for w in (self.window.centralWidget(), self.window.menuBar(),
                                    self.window.statusBar()) if w is not None and w.isVisible()]
        for w in self._hidden:
            w.setVisible(False)
        self.screen = LockScreen(self.window, self.db, self.principal)
        self.screen.unlocked.connect(self.unlock)
        self.screen.logout_requested.connect(self.logout_requested)
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.password.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if self.screen is None:
            return
        self.screen.hide()
        self.screen.deleteLater()
        self.screen = None
        for w in self._hidden:
            w.setVisible(True)
        self._hidden = []
        self.window.setWindowTitle(self._title)
        self.timer.start()
        self.locked_changed.emit(False)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

"""What a window or page needs from the rest of the app, passed in (no global app object)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from vokasi_desktop.db.engine import Database
from vokasi_desktop.domain.access import Principal
from vokasi_desktop.ui.i18n import Preferences
from vokasi_desktop.ui.jobs import JobRunner
from vokasi_desktop.ui.signals import AppSignals


@dataclass(frozen=True)
class UiContext:
    """Collaborators shared by the main window, pages and dialogs.

    Attributes:
        db: the open, migrated database (services take it as their first argument).
        runner: background jobs (one writer, a few readers).
        signals: app-wide ``data_changed``.
        user: the signed-in Principal (passed to every service; menus follow ``user.can``).
        prefs: per-machine preferences (language).
        today: the date the app considers "today" (tests fix it).
    """

    db: Database
    runner: JobRunner
    signals: AppSignals
    user: Principal
    prefs: Preferences
    today: Callable[[], date] = field(default=date.today)

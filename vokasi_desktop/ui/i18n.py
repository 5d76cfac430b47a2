"""Interface language: Bahasa Indonesia by default, English selectable.

Source strings in the code and forms are English; ``resources/translations/vokasi_id.ts``
translates all of them to Indonesian, including Qt's own contexts (standard buttons, line-edit
context menus, file dialogs: Qt ships no Indonesian translation of its own, NOTES.md). The
compiled ``vokasi_id.qm`` is committed; a test fails when it is stale or when a string has no
Indonesian translation.

Which language: ``--lang`` on the command line, else ``VOKASI_LANG``, else the choice saved in
Pengaturan (per computer, QSettings), else Indonesian. A change in Pengaturan applies at the next
start.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QSettings,
    QTranslator,
)

from vokasi_desktop.paths import resources_dir

log = logging.getLogger(__name__)

ENV_LANG = "VOKASI_LANG"
DEFAULT_LANGUAGE = "id"
LANGUAGES = {
    "id": QT_TRANSLATE_NOOP("Language", "Bahasa Indonesia"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
}


class Preferences:
    """Per-computer preferences (language), stored with QSettings.

    Tests pass a path so they never touch the user's real settings.
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._settings = QSettings("vokasi-desktop", "vokasi-desktop")
        else:
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def qsettings(self) -> QSettings:
        """The underlying settings (window geometry per user lives beside the language)."""
        return self._settings

    @property
    def language(self) -> str | None:
        value = self._settings.value("ui/language")
        return str(value) if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language {value!r}")
        self._settings.setValue("ui/language", value)
        self._settings.sync()

    @property
    def backup_dir(self) -> str | None:
        """Folder for automatic backups chosen in the settings (None: the default folder)."""
        value = self._settings.value("backup/folder")
        return str(value) if value else None

    @backup_dir.setter
    def backup_dir(self, value: str | None) -> None:
        self._settings.setValue("backup/folder", value or "")
        self._settings.sync()

    @property
    def database_url(self) -> str | None:
        """The branch server chosen in the first-run wizard (None: the local SQLite file).

        Read at start when neither ``--db`` nor ``VOKASI_DB_URL`` is given. The settings hold
        the URL without its password; the password is kept in a 0600 file in the server's
        private folder (``services.server_password``) and put back here. A URL saved by an
        older version with the password inside is migrated on this first read.
        """
        value = self._settings.value("database/url")
        if not value:
            return None
        # Imported here: it needs SQLAlchemy, which a SQLite start loads after the login paints.
        from vokasi_desktop.services import server_password

        url = str(value)
        bare, password = server_password.split_password(url)
        if password is not None:
            server_password.save_password(bare, password)
            self._settings.setValue("database/url", bare)
            self._settings.sync()
            log.info("saved server address: password moved out of the settings file")
            return url
        return server_password.join_password(bare)

    @database_url.setter
    def database_url(self, value: str | None) -> None:
        from vokasi_desktop.services import server_password

        bare, password = server_password.split_password(value or "")
        if value:
            server_password.save_password(bare, password)
        self._settings.setValue("database/url", bare)
        self._settings.sync()

    @property
    def backup_keep(self) -> int:
        """How many automatic backups to keep (the newest ones)."""
        try:
            return max(1, int(self._settings.value("backup/keep") or 14))
        except (TypeError, ValueError):
            return 14


def resolve_language(cli: str | None = None, env: Mapping[str, str] | None = None,
                     prefs: Preferences | None = None) -> str:
    """``--lang``, then ``VOKASI_LANG``, then the saved choice, then Indonesian."""
    env = os.environ if env is None else env
    for candidate in (cli, env.get(ENV_LANG), prefs.language if prefs else None):
        if candidate:
            code = candidate.strip().lower()[:2]
            if code in LANGUAGES:
                return code
            log.warning("unsupported language %r ignored", candidate)
    return DEFAULT_LANGUAGE


def translation_file(lang: str) -> Path:
    return resources_dir() / "translations" / f"vokasi_{lang}.qm"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang`` and set the default locale.

    Returns the translators: the caller keeps them alive (Qt does not own them).
    """
    translators: list[QTranslator] = []
    if lang == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        translator = QTranslator(app)
        path = translation_file("id")
        if translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
        else:  # pragma: no cover - a broken installation
            log.error("Indonesian translation %s could not be loaded", path)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests switch languages)."""
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()


def language_name(code: str) -> str:
    return QCoreApplication.translate("Language", str(LANGUAGES.get(code, code)))

"""Every verification outcome has its word at the desk, its CLI label and its own exit code."""

from __future__ import annotations

from vokasi_desktop.cli.documents import VERIFY_EXIT, VERIFY_LABELS
from vokasi_desktop.services.documents import VERIFY_STATUSES
from vokasi_desktop.ui.dialogs.verify import STATUS_COLOURS, STATUS_WORDS


def test_every_status_is_named_coloured_and_has_an_exit_code() -> None:
    for status in VERIFY_STATUSES:
        assert status in STATUS_WORDS and status in STATUS_COLOURS, status
        assert status in VERIFY_LABELS and status in VERIFY_EXIT, status
    codes = list(VERIFY_EXIT.values())
    assert len(codes) == len(set(codes)) and 1 not in codes and 2 not in codes

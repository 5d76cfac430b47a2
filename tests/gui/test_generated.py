"""Generated code is up to date: forms/*.ui -> ui/generated/ui_*.py (committed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vokasi_desktop.ui import devtools

FORMS = devtools.form_files()


def test_every_form_has_generated_code_and_no_orphans() -> None:
    assert FORMS, "no forms found"
    expected = {devtools.generated_name(f) for f in FORMS}
    present = {p.name for p in devtools.GENERATED_DIR.glob("ui_*.py")}
    assert present == expected, "run: python -m vokasi_desktop.ui.devtools forms"


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_generated_form_is_current(form: Path) -> None:
    committed = (devtools.GENERATED_DIR / devtools.generated_name(form)).read_text()
    assert committed == devtools.compile_form(form), (
        f"ui/generated/{devtools.generated_name(form)} is stale: "
        "run `python -m vokasi_desktop.ui.devtools forms`")


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_forms_keep_logic_out(form: Path) -> None:
    """Signal/slot connections belong in the Python dialogs, not in Designer files."""
    text = form.read_text()
    assert "<connection>" not in text
    assert "<slots>" not in text

"""Every role has a label in both languages; a refusal names the role, never its code."""

from __future__ import annotations

import pytest

from vokasi_desktop.domain.access import Action, PermissionDenied, Role
from vokasi_desktop.ui import errors, labels


def test_every_role_has_a_label() -> None:
    assert set(labels.ROLES) == {role.value for role in Role}


@pytest.mark.parametrize("role", [role.value for role in Role])
def test_refusal_names_the_role_in_indonesian(role: str) -> None:
    text = errors.error_text(PermissionDenied(Action.IMPORT_MEMBERS, role))
    assert labels.label(labels.ROLES, role) not in ("", role)
    assert f"Peran {role} " not in text, text  # the code itself is never shown


@pytest.mark.usefixtures("english_ui")
@pytest.mark.parametrize("role", [role.value for role in Role])
def test_refusal_names_the_role_in_english(role: str) -> None:
    text = errors.error_text(PermissionDenied(Action.IMPORT_MEMBERS, role))
    label = labels.ROLES[role]
    assert f"({label})" in text, text

"""Correcting a member's NIK: only roles that may reveal a NIK (the GUI asks for an audited
reveal first); other fields stay editable for every role with member.update."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from sqlalchemy import select

from tests.db.factories import TODAY, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry
from vokasi_desktop.domain.access import PermissionDenied
from vokasi_desktop.services import members


def _input(view: members.MemberView, **changes: object) -> members.MemberInput:
    names = {f.name for f in fields(members.MemberInput)}
    data = members.MemberInput(**{n: getattr(view, n) for n in names if hasattr(view, n)})
    return replace(data, **changes)  # type: ignore[arg-type]


def _corrected(nik: str) -> str:
    return nik[:12] + ("0099" if nik[12:] != "0099" else "0098")


def test_clerk_may_not_change_a_nik(database: Database) -> None:
    setup_branch(database)
    member_id = add_member(database)
    view = members.get_member(database, member_id)
    clerk = as_user(database, "petugas")
    with pytest.raises(PermissionDenied):
        members.update_member(database, member_id, _input(view, nik=_corrected(view.nik)), clerk,
                              expected_version=view.version, today=TODAY)
    after = members.get_member(database, member_id)
    assert after.nik == view.nik and after.version == view.version  # nothing written
    with database.read() as session:
        refused = session.execute(select(AuditEntry).where(
            AuditEntry.action == "access.denied")).scalars().all()
    assert refused and all(view.nik not in str(e.detail) for e in refused)
    # The clerk still edits the other fields.
    saved = members.update_member(database, member_id, _input(view, phone="081200003333"), clerk,
                                  expected_version=view.version, today=TODAY)
    assert saved.phone == "081200003333" and saved.nik == view.nik


def test_supervisor_corrects_a_nik(database: Database) -> None:
    setup_branch(database)
    member_id = add_member(database)
    view = members.get_member(database, member_id)
    corrected = _corrected(view.nik)
    saved = members.update_member(database, member_id, _input(view, nik=corrected),
                                  as_user(database, "supervisor"),
                                  expected_version=view.version, today=TODAY)
    assert saved.nik == corrected

"""Changing eligibility rule sets (head of branch): a reason, one transaction, before/after audit.

A rule set decides who may enrol, so every change is guarded by ``Action.RULESET_EDIT``, needs
a reason and is audited with every changed parameter's value before and after. A new version
is compared with the latest earlier version of the same code; a version already used by an
enrolment cannot be edited in place (each enrolment records the code and version it was
decided by): save a new version instead.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Enrollment, RuleSet
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.eligibility.params import RuleSetError, RuleSetParams
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.errors import ConflictError, ValidationError

__all__ = ["save_rule_set"]


def _flat(data: dict[str, Any] | None) -> dict[str, Any]:
    """A stored rule set's top-level fields and its ``parameters`` on one level."""
    if not data:
        return {}
    flat = {k: v for k, v in data.items() if k != "parameters"}
    flat.update(data.get("parameters") or {})
    return flat


def _changes(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, list[Any]]:
    """Every field whose value differs, as ``[before, after]`` (``None`` when absent)."""
    old, new = _flat(before), _flat(after)
    return {key: [old.get(key), new.get(key)]
            for key in sorted(set(old) | set(new)) if old.get(key) != new.get(key)}


def save_rule_set(db: Database, params: RuleSetParams, principal: Principal, *,
                  reason: str) -> RuleSetParams:
    """Store ``params`` as a new version, or update that version when it is not used yet."""
    authorize(db, principal, Action.RULESET_EDIT, code=params.code, version=params.version)
    reason = reason.strip()
    if not reason:
        raise ValidationError("reason_required",
                              "Alasan perubahan aturan kelayakan wajib diisi.", "reason")
    try:
        checked = RuleSetParams.from_dict(params.to_dict())
    except RuleSetError as exc:
        raise ValidationError("rule_set_invalid",
                              f"Aturan kelayakan tidak sah: {exc}.", "parameters") from exc
    after = checked.to_dict()
    with db.write() as session:
        row = session.execute(
            select(RuleSet).where(RuleSet.code == checked.code, RuleSet.version == checked.version)
            .with_for_update()
        ).scalar_one_or_none()
        if row is not None:
            used = session.execute(select(func.count(Enrollment.id)).where(
                Enrollment.rule_set_code == checked.code,
                Enrollment.rule_set_version == checked.version)).scalar_one()
            if used:
                raise ConflictError(
                    "rule_set_in_use",
                    f"Aturan {checked.code} versi {checked.version} sudah dipakai {used} "
                    "pendaftaran; simpan sebagai versi baru.")
            before: dict[str, Any] | None = dict(row.parameters)
        else:
            previous = session.execute(
                select(RuleSet).where(RuleSet.code == checked.code,
                                      RuleSet.version < checked.version)
                .order_by(RuleSet.version.desc()).limit(1)
            ).scalar_one_or_none()
            before = dict(previous.parameters) if previous is not None else None
            row = RuleSet(code=checked.code, version=checked.version)
            session.add(row)
        row.name = checked.name
        row.effective_from = checked.effective_from
        row.effective_to = checked.effective_to
        row.parameters = after
        session.flush()
        audit.record(session, principal.username, "rule_set.save", "rule_set", None,
                     code=checked.code, version=checked.version,
                     changes=_changes(before, after), reason=reason[:400])
    return checked

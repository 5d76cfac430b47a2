"""Who may do what: roles, actions, the one permission table, and the authenticated principal.

Every service that changes data or reveals personal data takes a :class:`Principal` (built by
``services.auth`` from a successful login, never from a name a caller passes in) and calls
``services.access.authorize(db, principal, Action.X)`` (or :func:`require` inside a transaction)
before it touches anything. The GUI hides or disables what :func:`can` refuses, from this same
table, so GUI, CLI and any future caller obey one set of rules.

Pure Python: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.errors import ServiceError


class Role(StrEnum):
    """The roles a user can hold (the stored code is the value)."""

    CLERK = "clerk"            # petugas loket
    SUPERVISOR = "supervisor"  # supervisor
    HEAD = "head"              # kepala cabang
    ADMIN = "admin"            # administrator: users, settings, keys, backups; no enrolment work
    AUDITOR = "auditor"        # read-only, audit log


ROLE_CODES: tuple[str, ...] = tuple(r.value for r in Role)


class Action(StrEnum):
    """Every guarded action; the value is the audit/permission code."""

    # members and personal data
    MEMBER_VIEW = "member.view"                  # search, look up, open (NIK masked)
    MEMBER_REGISTER = "member.register"
    MEMBER_UPDATE = "member.update"
    MEMBER_VERIFY = "member.verify"              # record membership verification (method + note)
    CONTRIBUTION_EDIT = "contribution.edit"      # contribution periods (decide eligibility)
    NIK_REVEAL = "nik.reveal"                    # see a full NIK on screen (reason, audited)
    NIK_EXPORT_APPROVE = "nik.export_approve"    # approve a full-NIK export
    PERSON_REPORT = "person.report"              # "data held on this person"
    PERSON_PURGE = "person.purge"                # retention purge of one person
    # counter and enrolments
    ELIGIBILITY_CHECK = "eligibility.check"
    ENROL = "enrolment.create"
    OVERRIDE_APPROVE = "override.approve"        # supervisor approval of one overridable refusal
    ENROLMENT_STATUS = "enrolment.status"        # attend / complete / drop
    ENROLMENT_CANCEL = "enrolment.cancel"
    # documents
    DOCUMENT_ISSUE = "document.issue"            # letters, slips, certificates
    DOCUMENT_REPRINT = "document.reprint"
    DOCUMENT_VOID = "document.void"
    DOCUMENT_BACKDATE = "document.backdate"
    DOCUMENT_SETTINGS = "document.settings"      # number templates and seeds
    # catalogue and programme data (decide eligibility)
    CATALOG_EDIT = "catalog.edit"                # institutions (incl. licences), classes
    REGION_EDIT = "region.edit"                  # region restrictions (PSBB)
    QUOTA_EDIT = "quota.edit"                    # programme year, target, budget, branch quotas
    RULESET_EDIT = "ruleset.edit"
    # bulk data
    IMPORT_MEMBERS = "import.members"
    IMPORT_CONTRIBUTIONS = "import.contributions"
    IMPORT_CATALOG = "import.catalog"
    EXPORT_MASKED = "export.masked"              # reports and exports with masked NIK
    EXPORT_FULL_NIK = "export.full_nik"          # needs NIK_EXPORT_APPROVE by someone else too
    REPORT_VIEW = "report.view"                  # dashboard, monthly report
    # administration
    USER_MANAGE = "user.manage"
    SETTINGS_EDIT = "settings.edit"
    BRANCH_PROFILE_EDIT = "branch.profile_edit"
    KEY_MANAGE = "key.manage"
    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    AUDIT_VIEW = "audit.view"
    AUDIT_VERIFY = "audit.verify"
    # exchange between offices
    EXCHANGE_EXPORT = "exchange.export"
    EXCHANGE_IMPORT = "exchange.import"
    TRUST_MANAGE = "trust.manage"                # trusted office keys
    CONFLICT_RESOLVE = "conflict.resolve"
    QUOTA_ALLOCATE = "quota.allocate"            # regional office: quotas to branches


_C, _S, _H, _A, _U = Role.CLERK, Role.SUPERVISOR, Role.HEAD, Role.ADMIN, Role.AUDITOR
_COUNTER = frozenset({_C, _S, _H})
_SUPER = frozenset({_S, _H})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.MEMBER_VIEW: frozenset({_C, _S, _H, _U}),
    Action.MEMBER_REGISTER: _COUNTER,
    Action.MEMBER_UPDATE: _COUNTER,
    Action.MEMBER_VERIFY: _COUNTER,
    Action.CONTRIBUTION_EDIT: _SUPER,
    Action.NIK_REVEAL: _SUPER,
    Action.NIK_EXPORT_APPROVE: _SUPER,
    Action.PERSON_REPORT: _SUPER,
    Action.PERSON_PURGE: frozenset({_H, _A}),
    Action.ELIGIBILITY_CHECK: _COUNTER,
    Action.ENROL: _COUNTER,
    Action.OVERRIDE_APPROVE: _SUPER,
    Action.ENROLMENT_STATUS: _COUNTER,
    Action.ENROLMENT_CANCEL: _COUNTER,
    Action.DOCUMENT_ISSUE: _COUNTER,
    Action.DOCUMENT_REPRINT: _COUNTER,
    Action.DOCUMENT_VOID: _SUPER,
    Action.DOCUMENT_BACKDATE: _SUPER,
    Action.DOCUMENT_SETTINGS: frozenset({_H, _A}),
    Action.CATALOG_EDIT: _SUPER,
    Action.REGION_EDIT: frozenset({_H}),
    Action.QUOTA_EDIT: frozenset({_H}),
    Action.RULESET_EDIT: frozenset({_H}),
    Action.IMPORT_MEMBERS: _SUPER,
    Action.IMPORT_CONTRIBUTIONS: _SUPER,
    Action.IMPORT_CATALOG: _SUPER,
    Action.EXPORT_MASKED: frozenset({_C, _S, _H, _U}),
    Action.EXPORT_FULL_NIK: _SUPER,
    Action.REPORT_VIEW: frozenset({_S, _H, _U}),
    Action.USER_MANAGE: frozenset({_A}),
    Action.SETTINGS_EDIT: frozenset({_A}),
    Action.BRANCH_PROFILE_EDIT: frozenset({_H, _A}),
    Action.KEY_MANAGE: frozenset({_A}),
    Action.BACKUP_CREATE: frozenset({_S, _H, _A}),
    Action.BACKUP_RESTORE: frozenset({_A}),
    Action.AUDIT_VIEW: frozenset({_H, _A, _U}),
    Action.AUDIT_VERIFY: frozenset({_H, _A, _U}),
    Action.EXCHANGE_EXPORT: frozenset({_S, _H, _A}),
    Action.EXCHANGE_IMPORT: frozenset({_S, _H, _A}),
    Action.TRUST_MANAGE: frozenset({_A}),
    Action.CONFLICT_RESOLVE: _SUPER,
    Action.QUOTA_ALLOCATE: frozenset({_H}),
}


@dataclass(frozen=True)
class Principal:
    """An authenticated user acting in one login session.

    Built only by ``services.auth`` after a password check (``session_id`` names the login
    session row); services record ``username`` as the actor and check ``role`` against
    :data:`PERMISSIONS`.
    """

    user_id: int
    username: str
    full_name: str
    role: Role
    session_id: str

    def can(self, action: Action) -> bool:
        return can(self.role, action)


class PermissionDenied(ServiceError):
    """The principal's role may not do this action."""

    def __init__(self, action: Action, role: Role | str, *,
                 session_problem: str | None = None) -> None:
        if session_problem is not None:
            super().__init__(
                "session_invalid",
                "Sesi login tidak berlaku lagi (sudah keluar, peran berubah, atau akun "
                f"dinonaktifkan); silakan login ulang ({action.value}).",
            )
        else:
            super().__init__(
                "forbidden",
                f"Peran {ROLE_LABELS_ID.get(str(role), str(role))} tidak berwenang untuk "
                f"tindakan ini ({action.value}).",
            )
        self.session_problem = session_problem
        self.action = action
        self.role = str(role)


ROLE_LABELS_ID: dict[str, str] = vocabulary.ROLES.labels()


def can(role: Role | str, action: Action) -> bool:
    """True when ``role`` may do ``action`` (unknown roles may do nothing)."""
    try:
        r = Role(role)
    except ValueError:
        return False
    return r in PERMISSIONS.get(action, frozenset())


def require(principal: Principal, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless ``principal`` may do ``action``.

    Services prefer ``services.access.authorize`` (which also audits the refusal); this is the
    pure check it is built on.
    """
    if not isinstance(principal, Principal):
        raise PermissionDenied(action, "-")
    if not can(principal.role, action):
        raise PermissionDenied(action, principal.role)


assert set(PERMISSIONS) == set(Action), "every action needs a row in PERMISSIONS"
assert vocabulary.ROLES.codes == ROLE_CODES, "the vocabulary lists the roles of Role, in order"

"""The offline verifier page: one self-contained HTML file that checks document QR codes.

Outsiders (training institutions, employers, other offices) have no app and often no internet.
:func:`build_verifier_page` writes a single HTML file with the keys this office trusts (its own
key history and the other offices' public keys it has received), each with its validity period
and revocation, and the date the page was made. The page checks a code with the browser's own
WebCrypto Ed25519; it makes no network request (a ``default-src 'none'`` Content Security
Policy, scripts and styles allowed by hash only).

The template lives in ``resources/verifier/`` (HTML, CSS, JS) and is inlined here. The key
list format and the QR payload format are documented in ``docs/verification-format.md``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vokasi_desktop import __version__
from vokasi_desktop.db.branch import local_branch_row
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import Branch, BranchKey
from vokasi_desktop.documents.common import write_atomic
from vokasi_desktop.documents.signing import key_id as compute_key_id
from vokasi_desktop.domain.clock import utc_now
from vokasi_desktop.paths import resources_dir
from vokasi_desktop.services.errors import ValidationError

KEY_LIST_FORMAT = "vokasi-keys/1"
"""Format tag of the key list embedded in the page (see docs/verification-format.md)."""

DEFAULT_FILE_NAME = "verifikasi-vokasi.html"

_PLACEHOLDER = re.compile(r"@(CSP|VERSION|CSS|KEYS|JS)@")


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """One public key in the page's key list.

    Attributes:
        key_id: 8 hex digits, the first of SHA-256(public key) (as in the QR text).
        public_key: the 32-byte raw Ed25519 public key.
        branch_code: the office that holds the private key.
        branch_name: the office's name ("" when unknown).
        contact: telephone / e-mail a reader can use ("" when unknown).
        valid_from: first day documents may carry this key (None: no lower bound).
        valid_until: last day (None: still in use).
        revoked_at: when the key was revoked (None: not revoked). A revoked key's signatures
            are not trusted at all: whoever stole it can also backdate a document.
        revoked_reason: why, in words for the reader.
        own: the key belongs to the office that made the page.
    """

    key_id: str
    public_key: bytes
    branch_code: str
    branch_name: str = ""
    contact: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    revoked_at: datetime | None = None
    revoked_reason: str = ""
    own: bool = False


@dataclass(frozen=True, slots=True)
class VerifierPage:
    """What :func:`build_verifier_page` wrote."""

    path: Path
    made_at: datetime
    key_count: int
    revoked_count: int
    size: int


def _as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _contact(branch: Branch | None) -> str:
    if branch is None:
        return ""
    return " · ".join(part for part in (branch.phone, branch.email) if part)


def collect_trusted_keys(session: Session) -> list[TrustedKey]:
    """Every public key in the ``BranchKey`` table, as the page's key list.

    The ONE place that reads key rows for the page. Fields the key-rotation work may add
    (validity, revocation) are read with ``getattr`` so this works before and after that
    change; after merging, adapt the attribute names here only.
    """
    branches = {b.code: b for b in session.execute(select(Branch)).scalars()}
    local = next((b.code for b in branches.values() if b.is_local), None)
    keys: list[TrustedKey] = []
    for row in session.execute(select(BranchKey).order_by(BranchKey.branch_code,
                                                          BranchKey.id)).scalars():
        branch = branches.get(row.branch_code)
        # Not created_at: for another office's key that is the day it reached us, and a
        # document of theirs from before that is genuine.
        valid_from = getattr(row, "valid_from", None)
        revoked_at = getattr(row, "revoked_at", None)
        reason = getattr(row, "revoked_reason", None) or getattr(row, "revocation_reason", None)
        keys.append(TrustedKey(
            key_id=row.key_id,
            public_key=bytes(row.public_key),
            branch_code=row.branch_code,
            branch_name=branch.name if branch is not None else "",
            contact=_contact(branch),
            valid_from=_as_date(valid_from),
            valid_until=_as_date(getattr(row, "valid_until", None)),
            revoked_at=revoked_at,
            revoked_reason=str(reason or ""),
            own=row.branch_code == local,
        ))
    return keys


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _utc_iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def key_list(keys: Iterable[TrustedKey], *, made_at: datetime,
             made_by: Mapping[str, str] | None) -> dict[str, Any]:
    """The key list document embedded in the page (format ``vokasi-keys/1``).

    Raises:
        ValueError: a key's id does not match its public key (a corrupt key row).
    """
    entries = []
    for key in keys:
        if compute_key_id(key.public_key) != key.key_id:
            raise ValueError(f"Kunci {key.key_id} tidak cocok dengan kunci publiknya.")
        entries.append({
            "key_id": key.key_id,
            "public_key": _b64url(key.public_key),
            "branch_code": key.branch_code,
            "branch_name": key.branch_name,
            "contact": key.contact,
            "valid_from": key.valid_from.isoformat() if key.valid_from else None,
            "valid_until": key.valid_until.isoformat() if key.valid_until else None,
            "revoked_at": _utc_iso(key.revoked_at) if key.revoked_at else None,
            "revoked_reason": key.revoked_reason or None,
            "own": key.own,
        })
    return {
        "format": KEY_LIST_FORMAT,
        "made_at": _utc_iso(made_at),
        "made_by": dict(made_by) if made_by else None,
        "keys": entries,
    }


def _script_json(data: Mapping[str, Any]) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>`` or ``&`` can end the element."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_page(keys: Mapping[str, Any]) -> str:
    """The HTML of the verifier page for a key list (see :func:`key_list`).

    Everything is inline; the Content Security Policy forbids every network fetch and allows
    only this page's own script and style (by hash).
    """
    folder = resources_dir() / "verifier"
    template = (folder / "verifier.html").read_text(encoding="utf-8")
    css = (folder / "verifier.css").read_text(encoding="utf-8")
    js = (folder / "verifier.js").read_text(encoding="utf-8")
    for name, text in (("css", css), ("js", js)):
        if re.search(r"</(script|style)", text, re.IGNORECASE):
            raise ValueError(f"verifier.{name} must not contain a closing script/style tag")
    csp = "; ".join((
        "default-src 'none'",
        f"script-src {_csp_hash(js)}",
        f"style-src {_csp_hash(css)}",
        "base-uri 'none'",
        "form-action 'none'",
    ))
    values = {"CSP": csp, "VERSION": __version__, "CSS": css, "KEYS": _script_json(keys),
              "JS": js}
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def build_verifier_page(db: Database, out_path: Path | str, *,
                        now: datetime | None = None) -> VerifierPage:
    """Write the offline verifier page for this office's trusted keys to ``out_path``.

    Reads only; the file is written atomically (a power cut leaves the old file or none).

    Raises:
        ValidationError: no keys yet (the office was never set up) or a corrupt key row.
    """
    target = Path(out_path)
    if target.suffix.lower() not in (".html", ".htm"):
        raise ValidationError("bad_suffix", "Nama berkas halaman verifikasi harus berakhiran .html.")
    if target.is_dir():
        raise ValidationError("is_folder", f"{target} adalah folder; sebutkan nama berkas .html.")
    made_at = now or utc_now(db.clock)
    with db.read() as session:
        keys = collect_trusted_keys(session)
        local = local_branch_row(session)
        made_by = None if local is None else {"code": local.code, "name": local.name,
                                              "contact": _contact(local)}
    if not keys:
        raise ValidationError("no_keys", "Belum ada kunci kantor yang dapat dimuat ke halaman "
                              "verifikasi; jalankan penyiapan kantor (init) terlebih dahulu.")
    try:
        data = key_list(keys, made_at=made_at, made_by=made_by)
    except ValueError as exc:
        raise ValidationError("bad_key", str(exc)) from exc
    html = render_page(data).encode("utf-8")
    try:
        write_atomic(target, html)
    except OSError as exc:
        raise ValidationError("write_failed", f"Berkas {target} tidak dapat ditulis: "
                              f"{exc.strerror or exc}.") from exc
    return VerifierPage(path=target, made_at=made_at, key_count=len(keys),
                        revoked_count=sum(1 for k in keys if k.revoked_at), size=len(html))

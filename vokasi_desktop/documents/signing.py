"""Offline-verifiable QR payloads signed with the branch's Ed25519 key.

Every issued document (enrollment letter, eligibility slip, certificate) carries a QR code
whose text is::

    VKS1.<payload>.<key_id>.<signature>

- ``VKS1``: format tag and version.
- ``payload``: base64url (no padding) of the canonical JSON of the payload dict
  (sorted keys, no spaces, UTF-8).
- ``key_id``: :func:`key_id` of the signing branch's public key (8 hex digits).
- ``signature``: base64url (no padding) Ed25519 signature over the ASCII bytes
  ``VKS1.<payload>.<key_id>``, so the key id and the format tag are signed too.

Anyone holding the branches' public keys verifies a code without a network. Payload fields
used by the app (see :func:`make_payload`): ``no`` document number, ``t`` type
(letter/slip/certificate), ``b`` branch code, ``d`` issue date (ISO), ``n`` name, ``k``
last four NIK digits, optionally ``c`` class code. The full NIK is never put in a payload.

Whether a valid document was later voided is decided by the service layer from the
document registry, not here.

The PDFs also carry the QR text in their metadata (``/VokasiQR`` and ``/Keywords``) so a
PDF file can be verified without an image decoder: :func:`extract_qr_text_from_pdf`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from os import PathLike
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from vokasi_desktop.domain import vocabulary

QR_PREFIX = "VKS1"
"""Format tag at the start of every QR text."""

PDF_METADATA_KEY = "/VokasiQR"
"""Custom key of the PDF document-information dictionary holding the QR text."""

DOCUMENT_TYPES = vocabulary.DOC_TYPES.codes

VerifyStatus = Literal["valid", "tampered", "unknown_key", "revoked", "malformed"]

_B64URL = re.compile(r"^[A-Za-z0-9_-]+$")
_KEY_ID = re.compile(r"^[0-9a-f]{8}$")
_QR_IN_TEXT = re.compile(r"VKS1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+")
_SIGNATURE_BYTES = 64
_MAX_TEXT = 4096  # a QR code holds at most 2,953 bytes; anything longer is not ours


@dataclass(frozen=True, slots=True)
class VerifyOutcome:
    """Result of checking a QR text.

    Attributes:
        status: ``valid`` (signature checks with a known key), ``tampered`` (known key but
            the signature does not match the text), ``unknown_key`` (well-formed, but no
            public key with that id is known), ``revoked`` (the signature checks, but the key
            was revoked: "kunci dicabut", e.g. a code forged with a stolen key after
            rotation), ``malformed`` (not a VKS1 text at all).
        payload: the signed payload; only set when ``status == "valid"``.
        key_id: the key id named in the text (``None`` when it could not be read).
        message: one Indonesian sentence for the officer.
        claimed_payload: the payload as decoded but NOT verified (set for ``unknown_key``
            ``tampered`` and ``revoked`` when it decodes); lets the service look the number up in its
            registry. Never show it as trustworthy.
    """

    status: VerifyStatus
    payload: dict[str, Any] | None
    key_id: str | None
    message: str
    claimed_payload: dict[str, Any] | None = None

    @property
    def is_valid(self) -> bool:
        """True when the signature checked out with a known key."""
        return self.status == "valid"


def generate_keypair() -> tuple[bytes, bytes]:
    """Create a new Ed25519 branch key.

    Returns:
        ``(private_pem, public_raw)``: the private key as unencrypted PKCS#8 PEM (store it
        protected) and the 32-byte raw public key (publish it to other offices).
    """
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    return private_pem, _public_raw(private.public_key())


def public_key_from_private(private_pem: bytes) -> bytes:
    """Return the 32-byte raw public key belonging to a PEM private key."""
    return _public_raw(_load_private(private_pem).public_key())


def key_id(public_raw: bytes) -> str:
    """Short fingerprint of a raw public key: the first 8 hex digits of its SHA-256."""
    if len(public_raw) != 32:
        raise ValueError("Kunci publik Ed25519 harus 32 byte.")
    return hashlib.sha256(public_raw).hexdigest()[:8]


def canonical_json(payload: Mapping[str, Any]) -> bytes:
    """Canonical JSON bytes: sorted keys, no spaces, UTF-8 (non-ASCII kept as is)."""
    return json.dumps(
        dict(payload), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


def make_payload(
    *,
    number: str,
    doc_type: str,
    branch_code: str,
    issue_date: date | str,
    name: str,
    nik_last4: str,
    class_code: str | None = None,
) -> dict[str, str]:
    """Build the payload dict with the short field names used in the QR.

    Args:
        number: document number (``no``).
        doc_type: ``letter``, ``slip`` or ``certificate`` (``t``).
        branch_code: issuing branch code (``b``).
        issue_date: issue date, a date or an ISO string (``d``).
        name: the member's name (``n``).
        nik_last4: last four NIK digits (``k``); never the full NIK.
        class_code: optional training class code (``c``).
    """
    if doc_type not in DOCUMENT_TYPES:
        raise ValueError(f"Jenis dokumen tidak dikenal: {doc_type!r}")
    if not re.fullmatch(r"\d{4}", nik_last4):
        raise ValueError("k harus berisi tepat empat digit terakhir NIK.")
    iso = issue_date.isoformat() if isinstance(issue_date, date) else str(issue_date)
    date.fromisoformat(iso)  # raises ValueError on a bad date
    payload = {
        "no": number,
        "t": doc_type,
        "b": branch_code,
        "d": iso,
        "n": name,
        "k": nik_last4,
    }
    if class_code:
        payload["c"] = class_code
    return payload


def sign_payload(payload: Mapping[str, Any], private_pem: bytes) -> str:
    """Sign ``payload`` with the branch key and return the QR text.

    Args:
        payload: a JSON-serialisable mapping with string keys (see :func:`make_payload`).
        private_pem: the branch's Ed25519 private key in PEM.

    Returns:
        ``VKS1.<payload>.<key_id>.<signature>`` (ASCII only).
    """
    if not all(isinstance(k, str) for k in payload):
        raise TypeError("Kunci payload harus berupa teks.")
    private = _load_private(private_pem)
    kid = key_id(_public_raw(private.public_key()))
    signed = f"{QR_PREFIX}.{_b64encode(canonical_json(payload))}.{kid}"
    signature = private.sign(signed.encode("ascii"))
    return f"{signed}.{_b64encode(signature)}"


def verify_payload(text: str, public_keys: Mapping[str, bytes],
                   revoked: Mapping[str, str] | None = None) -> VerifyOutcome:
    """Check a QR text against the known branch public keys.

    Args:
        text: the scanned or extracted QR text (surrounding whitespace is ignored).
        public_keys: key id -> 32-byte raw public key of every known branch (revoked keys
            included, so that their signatures are recognised as such).
        revoked: key id -> reason, for keys that were revoked; a valid signature made with
            one of them gives status ``revoked`` ("kunci dicabut"), never ``valid``.

    Returns:
        A :class:`VerifyOutcome`; never raises for bad input.
    """
    if not isinstance(text, str) or len(text) > _MAX_TEXT:
        return _malformed()
    parts = text.strip().split(".")
    if len(parts) != 4 or parts[0] != QR_PREFIX:
        return _malformed()
    _, payload_b64, kid, sig_b64 = parts
    if not (_B64URL.match(payload_b64) and _B64URL.match(sig_b64) and _KEY_ID.match(kid)):
        return _malformed(kid if _KEY_ID.match(kid) else None)
    payload_bytes = _b64decode(payload_b64)
    signature = _b64decode(sig_b64)
    if payload_bytes is None or signature is None or len(signature) != _SIGNATURE_BYTES:
        return _malformed(kid)
    claimed = _parse_payload(payload_bytes)

    public_raw = public_keys.get(kid)
    if public_raw is None:
        return VerifyOutcome(
            status="unknown_key",
            payload=None,
            key_id=kid,
            message=(
                f"Kunci penanda tangan {kid} tidak dikenal. Perbarui daftar kunci kantor "
                "cabang, lalu periksa kembali."
            ),
            claimed_payload=claimed,
        )
    try:
        public = Ed25519PublicKey.from_public_bytes(public_raw)
        public.verify(signature, f"{QR_PREFIX}.{payload_b64}.{kid}".encode("ascii"))
    except (InvalidSignature, ValueError):
        return VerifyOutcome(
            status="tampered",
            payload=None,
            key_id=kid,
            message=(
                "Tanda tangan digital tidak cocok: isi kode QR telah diubah atau rusak. "
                "Dokumen ini tidak dapat dipercaya."
            ),
            claimed_payload=claimed,
        )
    if claimed is None:
        # Signed by a known key but not a JSON object: not something this app issues.
        return _malformed(kid)
    if revoked is not None and kid in revoked:
        reason = str(revoked[kid] or "").strip()
        return VerifyOutcome(
            status="revoked",
            payload=None,
            key_id=kid,
            message=(
                f"Kunci dicabut: kode QR ini ditandatangani dengan kunci {kid} yang telah "
                f"dicabut{f' ({reason})' if reason else ''}. Dokumen ini tidak dapat dipercaya; "
                "minta dokumen baru dari kantor penerbit."
            ),
            claimed_payload=claimed,
        )
    return VerifyOutcome(
        status="valid",
        payload=claimed,
        key_id=kid,
        message=f"Tanda tangan digital sah (kunci kantor cabang {kid}).",
    )


def extract_qr_text_from_pdf(path: str | PathLike[str]) -> str | None:
    """Read the QR text that the renderers store in a PDF's metadata.

    Looks at the custom ``/VokasiQR`` entry first, then ``/Keywords`` and ``/Subject``.

    Returns:
        The QR text, or ``None`` when the file is not a readable PDF or carries none.

    Raises:
        FileNotFoundError: ``path`` does not exist.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    with open(path, "rb") as fh:
        try:
            info = PdfReader(fh).metadata
        except (PyPdfError, ValueError, KeyError, TypeError):
            return None
        if not info:
            return None
        for key in (PDF_METADATA_KEY, "/Keywords", "/Subject"):
            value = info.get(key)
            if value is None:
                continue
            found = _QR_IN_TEXT.search(str(value))
            if found:
                return found.group(0)
    return None


def _malformed(kid: str | None = None) -> VerifyOutcome:
    return VerifyOutcome(
        status="malformed",
        payload=None,
        key_id=kid,
        message="Teks ini bukan kode QR dokumen Vokasi yang sah atau terbaca tidak lengkap.",
    )


def _parse_payload(data: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _load_private(private_pem: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(private_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("Kunci privat bukan kunci Ed25519.")
    return key


def _public_raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(
        encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw
    )


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes | None:
    if len(text) % 4 == 1:
        return None
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None
    # Refuse non-canonical encodings (stray low bits in the last character): otherwise two
    # different texts would carry the same signature.
    return data if _b64encode(data) == text else None

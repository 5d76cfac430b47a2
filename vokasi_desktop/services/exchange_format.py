"""The exchange package file: building the zip and checking it before any database work.

A package is a zip holding ``manifest.json``, ``manifest.sig`` and one JSON-lines part per
table under ``parts/``. The manifest names every part with its sha256 and record count; the
signature (Ed25519 over the exact manifest bytes) covers the manifest, so it covers every
part. See ``docs/exchange-format.md``.

:func:`read_package` does every check that needs no database: size limits (whole file, each
member, number of members, compression ratio), member names, the manifest's shape, every
part's hash and count, JSON of every line and duplicate keys. The signature needs the sender's
public key from the trust registry: :func:`verify_signature`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from vokasi_desktop.domain.errors import ServiceError

FORMAT = "vokasi-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PART_RE = re.compile(r"^parts/([a-z_]{1,40})\.jsonl$")

# Limits (a branch's whole year fits far below them; see docs/exchange-format.md).
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_MEMBER_BYTES = 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 40
MAX_RATIO = 100          # uncompressed / compressed per member (JSON lines compress ~8-15x)
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_LINE_BYTES = 1024 * 1024

# Parts and the key that identifies a record inside them (duplicates refused).
PART_KEYS: dict[str, tuple[str, ...]] = {
    "member": ("uuid",),
    "contribution_period": ("uuid",),
    "institution": ("uuid",),
    "training_class": ("uuid",),
    "region_restriction": ("uuid",),
    "enrollment": ("uuid",),
    "document_record": ("uuid",),
    "rule_set": ("code", "version"),
    "program_year": ("year",),
    "quota_allocation": ("year", "branch_code"),
    "quota_use": ("year", "branch_code"),
    "trusted_key": ("key_id",),
    "audit_checkpoint": ("seq",),
    "ack": ("sequence",),
}


class PackageError(ServiceError):
    """A package refused before (or instead of) touching the database; ``code`` says why."""


@dataclass
class Package:
    """A package that passed the file checks (signature still to be checked)."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: dict[str, Any]
    parts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    sha256: str = ""

    @property
    def sender(self) -> str:
        return str(self.manifest["from"])

    @property
    def recipient(self) -> str:
        return str(self.manifest["to"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise PackageError("package_bad_base64", "Data base64 dalam paket tidak sah.") from None


def dumps_line(record: Mapping[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def build_package(manifest: dict[str, Any], parts: Mapping[str, Sequence[Mapping[str, Any]]],
                  private_pem: bytes, key_id: str) -> bytes:
    """The zip bytes of a signed package; fills the manifest's ``parts`` entry."""
    blobs: dict[str, bytes] = {}
    entries: dict[str, dict[str, Any]] = {}
    for name in sorted(parts):
        if name not in PART_KEYS:
            raise ValueError(f"unknown part {name}")
        records = parts[name]
        blob = b"".join(dumps_line(r) + b"\n" for r in records)
        blobs[name] = blob
        entries[name] = {"count": len(records), "sha256": hashlib.sha256(blob).hexdigest(),
                         "bytes": len(blob)}
    manifest = dict(manifest, parts=entries, format=FORMAT, format_version=FORMAT_VERSION)
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1,
                                ensure_ascii=False).encode("utf-8")
    key = serialization.load_pem_private_key(private_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 key")
    sig = {"alg": "Ed25519", "key_id": key_id, "signature": b64(key.sign(manifest_bytes))}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, manifest_bytes)
        zf.writestr(SIGNATURE, json.dumps(sig, sort_keys=True).encode("ascii"))
        for name, blob in blobs.items():
            zf.writestr(f"parts/{name}.jsonl", blob)
    return out.getvalue()


def _refuse(code: str, message: str) -> PackageError:
    return PackageError(code, message)


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    # Never trust the declared size alone: read at most limit + 1 bytes.
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        raise _refuse("package_corrupt", f"Paket rusak atau terpotong (bagian {info.filename}): "
                      f"{type(exc).__name__}.") from None
    if len(data) > limit or len(data) != info.file_size:
        raise _refuse("package_too_large",
                      f"Bagian {info.filename} lebih besar dari yang dinyatakan atau dari batas.")
    return data


def read_package(path: str | Path) -> Package:
    """Open and check a package file; raises :class:`PackageError` with an Indonesian message."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        raise _refuse("package_missing", f"Berkas paket {p.name} tidak dapat dibaca.") from None
    if size > MAX_FILE_BYTES:
        raise _refuse("package_too_large", f"Berkas paket {p.name} terlalu besar ({size} byte; "
                      f"batas {MAX_FILE_BYTES}).")
    data = p.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse("package_corrupt", f"Berkas {p.name} bukan paket zip yang utuh (rusak atau "
                      "terpotong).") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse("package_too_many", f"Paket berisi {len(infos)} bagian (batas "
                          f"{MAX_MEMBERS}).")
        names: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if not _safe_name(name) or info.is_dir():
                raise _refuse("package_bad_name", f"Nama bagian tidak sah dalam paket: {name!r}.")
            if name in names:
                raise _refuse("package_bad_name", f"Bagian ganda dalam paket: {name!r}.")
            names.add(name)
            if name not in (MANIFEST, SIGNATURE) and not PART_RE.match(name):
                raise _refuse("package_bad_name", f"Bagian tak dikenal dalam paket: {name!r}.")
            if info.file_size > MAX_MEMBER_BYTES:
                raise _refuse("package_too_large", f"Bagian {name} terlalu besar.")
            if info.file_size > 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse("package_zip_bomb", f"Bagian {name} mengembang lebih dari "
                              f"{MAX_RATIO}x (kemungkinan bom zip); paket ditolak.")
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse("package_too_large", "Isi paket melebihi batas ukuran total.")
        if MANIFEST not in names or SIGNATURE not in names:
            raise _refuse("package_incomplete", "Paket tidak berisi manifest.json dan "
                          "manifest.sig.")
        manifest_bytes = _read_member(zf, zf.getinfo(MANIFEST), MAX_MANIFEST_BYTES)
        sig_bytes = _read_member(zf, zf.getinfo(SIGNATURE), 4096)
        try:
            manifest = json.loads(manifest_bytes)
            signature = json.loads(sig_bytes)
        except (ValueError, UnicodeDecodeError):
            raise _refuse("package_manifest", "Manifest atau tanda tangan paket bukan JSON "
                          "yang sah.") from None
        _check_manifest(manifest, signature)
        declared = manifest["parts"]
        present = {m.group(1) for n in names if (m := PART_RE.match(n))}
        if present != set(declared):
            raise _refuse("package_parts", "Bagian paket tidak sesuai manifest (hilang atau "
                          "berlebih).")
        pkg = Package(manifest, manifest_bytes, signature, sha256=digest)
        for part, entry in declared.items():
            blob = _read_member(zf, zf.getinfo(f"parts/{part}.jsonl"), MAX_MEMBER_BYTES)
            if hashlib.sha256(blob).hexdigest() != entry.get("sha256"):
                raise _refuse("package_hash", f"Isi bagian {part} tidak cocok dengan hash di "
                              "manifest (paket diubah atau rusak).")
            pkg.parts[part] = _parse_lines(part, blob, entry)
    return pkg


def _check_manifest(manifest: Any, signature: Any) -> None:
    ok = (isinstance(manifest, dict) and manifest.get("format") == FORMAT
          and isinstance(manifest.get("from"), str) and isinstance(manifest.get("to"), str)
          and isinstance(manifest.get("sequence"), int) and manifest["sequence"] >= 1
          and isinstance(manifest.get("parts"), dict)
          and isinstance(signature, dict) and signature.get("alg") == "Ed25519"
          and isinstance(signature.get("key_id"), str)
          and isinstance(signature.get("signature"), str))
    if not ok:
        raise _refuse("package_manifest", "Manifest paket tidak lengkap atau tidak sah.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise _refuse("package_version", f"Versi format paket {manifest.get('format_version')!r} "
                      f"tidak didukung (didukung: {FORMAT_VERSION}).")
    for part, entry in manifest["parts"].items():
        if part not in PART_KEYS or not isinstance(entry, dict):
            raise _refuse("package_parts", f"Bagian tak dikenal di manifest: {part!r}.")


def _parse_lines(part: str, blob: bytes, entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    keys = PART_KEYS[part]
    for n, line in enumerate(blob.split(b"\n"), start=1):
        if not line:
            continue
        if len(line) > MAX_LINE_BYTES:
            raise _refuse("package_record", f"Baris {n} bagian {part} terlalu panjang.")
        try:
            rec = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            raise _refuse("package_record", f"Baris {n} bagian {part} bukan JSON yang sah."
                          ) from None
        if not isinstance(rec, dict) or any(k not in rec for k in keys):
            raise _refuse("package_record", f"Baris {n} bagian {part} tidak memuat "
                          f"{', '.join(keys)}.")
        ident = tuple(str(rec[k]) for k in keys)
        if ident in seen:
            raise _refuse("package_duplicate", f"Rekaman ganda dalam bagian {part} "
                          f"({', '.join(keys)} = {', '.join(ident)}); paket ditolak.")
        seen.add(ident)
        records.append(rec)
    if len(records) != entry.get("count"):
        raise _refuse("package_count", f"Jumlah rekaman bagian {part} ({len(records)}) tidak "
                      f"sama dengan manifest ({entry.get('count')}).")
    return records


def verify_signature(pkg: Package, public_raw: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(public_raw)
        key.verify(unb64(pkg.signature["signature"]), pkg.manifest_bytes)
    except (InvalidSignature, ValueError, PackageError):
        return False
    return True

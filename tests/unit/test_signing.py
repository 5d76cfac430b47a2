"""Ed25519-signed QR payloads: sign, verify, tamper, unknown key, malformed, PDF metadata."""

from __future__ import annotations

import base64
import json
import re
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from vokasi_desktop.documents.signing import (
    QR_PREFIX,
    canonical_json,
    extract_qr_text_from_pdf,
    generate_keypair,
    key_id,
    make_payload,
    public_key_from_private,
    sign_payload,
    verify_payload,
)


@pytest.fixture(scope="module")
def keypair() -> tuple[bytes, bytes]:
    return generate_keypair()


@pytest.fixture(scope="module")
def other_keypair() -> tuple[bytes, bytes]:
    return generate_keypair()


@pytest.fixture
def payload() -> dict[str, str]:
    return make_payload(
        number="B/0123/KC-KRJ/XI/2026",
        doc_type="letter",
        branch_code="KC-KRJ",
        issue_date=date(2026, 11, 28),
        name="SITI NURHALIZA RAHMAWATI",
        nik_last4="0012",
        class_code="VK-2026-0045",
    )


def _keys(*pairs: tuple[bytes, bytes]) -> dict[str, bytes]:
    return {key_id(public): public for _, public in pairs}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_keypair_shapes(keypair: tuple[bytes, bytes]) -> None:
    private_pem, public_raw = keypair
    assert private_pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert len(public_raw) == 32
    assert public_key_from_private(private_pem) == public_raw
    kid = key_id(public_raw)
    assert re.fullmatch(r"[0-9a-f]{8}", kid)
    assert key_id(public_raw) == kid


def test_key_id_rejects_wrong_length() -> None:
    with pytest.raises(ValueError):
        key_id(b"short")


def test_canonical_json_sorted_compact_utf8() -> None:
    assert (
        canonical_json({"n": "Ṡiti", "b": "KC", "a": 1}) == '{"a":1,"b":"KC","n":"Ṡiti"}'.encode()
    )


def test_make_payload_fields(payload: dict[str, str]) -> None:
    assert payload == {
        "no": "B/0123/KC-KRJ/XI/2026",
        "t": "letter",
        "b": "KC-KRJ",
        "d": "2026-11-28",
        "n": "SITI NURHALIZA RAHMAWATI",
        "k": "0012",
        "c": "VK-2026-0045",
    }
    without_class = make_payload(
        number="X",
        doc_type="slip",
        branch_code="KC",
        issue_date="2026-01-02",
        name="A",
        nik_last4="1234",
    )
    assert "c" not in without_class


@pytest.mark.parametrize(
    "change",
    [
        {"doc_type": "invoice"},
        {"nik_last4": "3578010101900012"},
        {"nik_last4": "12a4"},
        {"issue_date": "28-11-2026"},
    ],
)
def test_make_payload_refuses_bad_fields(change: dict[str, str]) -> None:
    args = {
        "number": "X",
        "doc_type": "slip",
        "branch_code": "KC",
        "issue_date": "2026-01-02",
        "name": "A",
        "nik_last4": "1234",
    }
    args.update(change)
    with pytest.raises(ValueError):
        make_payload(**args)  # type: ignore[arg-type]


def test_sign_and_verify(keypair: tuple[bytes, bytes], payload: dict[str, str]) -> None:
    private_pem, public_raw = keypair
    text = sign_payload(payload, private_pem)
    assert text.isascii()
    parts = text.split(".")
    assert len(parts) == 4
    assert parts[0] == QR_PREFIX
    assert parts[2] == key_id(public_raw)
    assert json.loads(base64.urlsafe_b64decode(parts[1] + "==")) == payload

    outcome = verify_payload(text, _keys(keypair))
    assert outcome.status == "valid"
    assert outcome.is_valid
    assert outcome.payload == payload
    assert outcome.key_id == key_id(public_raw)
    assert "sah" in outcome.message


def test_signature_is_deterministic(keypair: tuple[bytes, bytes], payload: dict[str, str]) -> None:
    # Ed25519 is deterministic: a reprint of the same payload gives the same QR.
    reordered = dict(reversed(list(payload.items())))
    assert sign_payload(payload, keypair[0]) == sign_payload(reordered, keypair[0])


def test_non_ascii_name_round_trip(keypair: tuple[bytes, bytes]) -> None:
    payload = {"no": "1", "n": "Ni Luh Putu Ayu Ṡukmawati", "k": "0001"}
    outcome = verify_payload(sign_payload(payload, keypair[0]), _keys(keypair))
    assert outcome.status == "valid"
    assert outcome.payload == payload


def test_surrounding_whitespace_is_ignored(
    keypair: tuple[bytes, bytes], payload: dict[str, str]
) -> None:
    text = sign_payload(payload, keypair[0])
    assert verify_payload(f"  {text}\n", _keys(keypair)).status == "valid"


def test_changed_payload_is_tampered(keypair: tuple[bytes, bytes], payload: dict[str, str]) -> None:
    text = sign_payload(payload, keypair[0])
    prefix, _body, kid, sig = text.split(".")
    forged = dict(payload, n="ORANG LAIN")
    forged_text = ".".join([prefix, _b64(canonical_json(forged)), kid, sig])
    outcome = verify_payload(forged_text, _keys(keypair))
    assert outcome.status == "tampered"
    assert outcome.payload is None
    assert outcome.claimed_payload == forged
    assert "diubah" in outcome.message


def test_changed_byte_in_payload_is_tampered(
    keypair: tuple[bytes, bytes], payload: dict[str, str]
) -> None:
    text = sign_payload(payload, keypair[0])
    prefix, body, kid, sig = text.split(".")
    i = len(body) // 2
    swapped = "A" if body[i] != "A" else "B"
    outcome = verify_payload(
        ".".join([prefix, body[:i] + swapped + body[i + 1 :], kid, sig]), _keys(keypair)
    )
    assert outcome.status == "tampered"


def test_changed_byte_in_signature_is_tampered(
    keypair: tuple[bytes, bytes], payload: dict[str, str]
) -> None:
    text = sign_payload(payload, keypair[0])
    prefix, body, kid, sig = text.split(".")
    raw = bytearray(base64.urlsafe_b64decode(sig + "=="))
    raw[10] ^= 0x01
    outcome = verify_payload(".".join([prefix, body, kid, _b64(bytes(raw))]), _keys(keypair))
    assert outcome.status == "tampered"
    assert outcome.payload is None


def test_no_single_character_change_verifies(
    keypair: tuple[bytes, bytes], payload: dict[str, str]
) -> None:
    """Every one-character substitution is refused (incl. base64 padding-bit tricks)."""
    text = sign_payload(payload, keypair[0])
    keys = _keys(keypair)
    alphabet = "AQgw_-9z."
    for i, original in enumerate(text):
        for replacement in alphabet:
            if replacement == original:
                continue
            changed = text[:i] + replacement + text[i + 1 :]
            assert verify_payload(changed, keys).status != "valid", (i, replacement)


def test_signature_moved_to_another_known_key_is_refused(
    keypair: tuple[bytes, bytes], other_keypair: tuple[bytes, bytes], payload: dict[str, str]
) -> None:
    text = sign_payload(payload, keypair[0])
    prefix, body, _, sig = text.split(".")
    other_kid = key_id(other_keypair[1])
    outcome = verify_payload(
        ".".join([prefix, body, other_kid, sig]), _keys(keypair, other_keypair)
    )
    assert outcome.status == "tampered"


def test_wrong_public_key_under_the_id_is_tampered(
    keypair: tuple[bytes, bytes], other_keypair: tuple[bytes, bytes], payload: dict[str, str]
) -> None:
    text = sign_payload(payload, keypair[0])
    keys = {key_id(keypair[1]): other_keypair[1]}
    assert verify_payload(text, keys).status == "tampered"


def test_unknown_key(
    keypair: tuple[bytes, bytes], other_keypair: tuple[bytes, bytes], payload: dict[str, str]
) -> None:
    text = sign_payload(payload, keypair[0])
    outcome = verify_payload(text, _keys(other_keypair))
    assert outcome.status == "unknown_key"
    assert outcome.payload is None
    assert outcome.key_id == key_id(keypair[1])
    assert outcome.claimed_payload == payload
    assert outcome.key_id in outcome.message
    assert verify_payload(text, {}).status == "unknown_key"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hello world",
        "https://example.org/verify?id=1",
        "VKS1",
        "VKS1...",
        "VKS1.a.b",
        "VKS2.eyJhIjoxfQ.0123abcd.AAAA",
        "VKS1.eyJhIjoxfQ.0123ABCD.AAAA",
        "VKS1.eyJhIjoxfQ.0123abc.AAAA",
        "VKS1.ey!hIjoxfQ.0123abcd.AAAA",
        "VKS1.eyJhIjoxfQ.0123abcd.AAAA.extra",
        "VKS1.e.0123abcd.AAAA",
        "VKS1." + "A" * 5000 + ".0123abcd.AAAA",
    ],
)
def test_malformed(text: str, keypair: tuple[bytes, bytes]) -> None:
    outcome = verify_payload(text, _keys(keypair))
    assert outcome.status == "malformed"
    assert outcome.payload is None
    assert outcome.message


def test_non_string_input_is_malformed(keypair: tuple[bytes, bytes]) -> None:
    assert verify_payload(b"VKS1", _keys(keypair)).status == "malformed"  # type: ignore[arg-type]


def test_signed_non_object_is_malformed(keypair: tuple[bytes, bytes]) -> None:
    # A validly signed text whose payload is not a JSON object is still not ours.
    from cryptography.hazmat.primitives import serialization

    private = serialization.load_pem_private_key(keypair[0], password=None)
    kid = key_id(keypair[1])
    signed = f"{QR_PREFIX}.{_b64(b'[1,2]')}.{kid}"
    text = f"{signed}.{_b64(private.sign(signed.encode()))}"  # type: ignore[union-attr]
    assert verify_payload(text, _keys(keypair)).status == "malformed"


def test_sign_refuses_non_string_keys(keypair: tuple[bytes, bytes]) -> None:
    with pytest.raises(TypeError):
        sign_payload({1: "a"}, keypair[0])  # type: ignore[dict-item]


def _pdf_with_metadata(path: Path, *, keywords: str = "", subject: str = "") -> Path:
    canvas = Canvas(str(path), invariant=1)
    canvas.setKeywords(keywords)
    canvas.setSubject(subject)
    canvas.drawString(72, 720, "x")
    canvas.showPage()
    canvas.save()
    return path


def test_extract_from_keywords_and_subject(
    tmp_path: Path, keypair: tuple[bytes, bytes], payload: dict[str, str]
) -> None:
    text = sign_payload(payload, keypair[0])
    assert extract_qr_text_from_pdf(_pdf_with_metadata(tmp_path / "k.pdf", keywords=text)) == text
    subject = f"Kode: {text} (lihat)"
    assert extract_qr_text_from_pdf(_pdf_with_metadata(tmp_path / "s.pdf", subject=subject)) == text


def test_extract_none_without_qr(tmp_path: Path) -> None:
    assert extract_qr_text_from_pdf(_pdf_with_metadata(tmp_path / "n.pdf", keywords="x")) is None


def test_extract_none_for_non_pdf(tmp_path: Path) -> None:
    path = tmp_path / "not.pdf"
    path.write_bytes(b"this is not a pdf")
    assert extract_qr_text_from_pdf(path) is None


def test_extract_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        extract_qr_text_from_pdf(tmp_path / "missing.pdf")

"""A valid signature made with a revoked key is its own outcome: "kunci dicabut"."""

from __future__ import annotations

from vokasi_desktop.documents.signing import (
    generate_keypair,
    key_id,
    make_payload,
    sign_payload,
    verify_payload,
)


def test_revoked_key_outcome_and_old_signature_still_works() -> None:
    private_pem, public_raw = generate_keypair()
    kid = key_id(public_raw)
    text = sign_payload(make_payload(number="B/1", doc_type="letter", branch_code="KRJ",
                                     issue_date="2026-11-28", name="A", nik_last4="1234"),
                        private_pem)
    assert verify_payload(text, {kid: public_raw}).status == "valid"
    assert verify_payload(text, {kid: public_raw}, {}).status == "valid"
    out = verify_payload(text, {kid: public_raw}, {kid: "laptop dicuri"})
    assert out.status == "revoked" and not out.is_valid and out.payload is None
    assert "Kunci dicabut" in out.message and "laptop dicuri" in out.message
    assert out.claimed_payload is not None and out.claimed_payload["no"] == "B/1"
    # A tampered text under a revoked key is still "tampered", not "revoked".
    parts = text.split(".")
    bad = ".".join([parts[0], parts[1][:-1] + ("A" if parts[1][-1] != "A" else "B"), *parts[2:]])
    assert verify_payload(bad, {kid: public_raw}, {kid: "x"}).status in ("tampered", "malformed")

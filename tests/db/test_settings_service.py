"""Settings use cases: branch quota messages, branch profile edits, logo, numbering."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.conftest import both_backends
from tests.db.factories import (
    TODAY,
    add_class,
    add_institution,
    add_member,
    as_role,
    setup_branch,
)
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import AuditEntry, BranchQuota
from vokasi_desktop.domain.access import PermissionDenied
from vokasi_desktop.domain.numbering import DEFAULT_TEMPLATES
from vokasi_desktop.services import catalog, documents, setup
from vokasi_desktop.services.enrolment import enrol
from vokasi_desktop.services.errors import ConflictError, ValidationError


@both_backends
def test_quota_below_used_message_keeps_the_comma(database: Database) -> None:
    setup_branch(database, seats=10, budget=10_000_000)
    with database.write() as session:
        session.execute(update(BranchQuota).values(seats_used=2, budget_used=4_800_000))
    with pytest.raises(ValidationError) as info:
        catalog.set_branch_quota(database, 2027, "KRJ", 1, 10_000_000, as_role(database, "head"))
    assert info.value.code == "quota_below_used"
    assert "(2 kursi, Rp4.800.000)" in str(info.value)


# -- the stored logo on documents ------------------------------------------------------------

MAGENTA = (255, 0, 255)


def _logo_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 120), MAGENTA).save(out, "PNG")
    return out.getvalue()


def _magenta_pixels(pdf: bytes, tmp_path: Path) -> int:
    """Pixels of the logo's colour on page 1 (rendered at 40 dpi with pdftoppm)."""
    from PIL import Image

    src = tmp_path / "doc.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(src),
                    str(tmp_path / "page")], check=True)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    hits = sum(1 for p in page.get_flattened_data() if abs(p[0] - 255) + p[1] + abs(p[2] - 255) < 60)
    for png in tmp_path.glob("page*.png"):
        png.unlink()
    return hits


def _enrolled(db: Database) -> tuple[int, int]:
    setup_branch(db)
    class_id = add_class(db, add_institution(db))
    member_id = add_member(db, name="Siti Nurhaliza")
    e = enrol(db, member_id, class_id, "logo-1", as_role(db, "clerk"), on_date=TODAY)
    return member_id, e.id


def test_stored_logo_is_printed_on_letters_slips_and_previews(database: Database,
                                                              tmp_path: Path) -> None:
    member_id, enrollment_id = _enrolled(database)
    clerk = as_role(database, "clerk")
    plain = documents.issue_slip(database, member_id, clerk, tmp_path / "p.pdf", on=TODAY)
    assert _magenta_pixels((tmp_path / "p.pdf").read_bytes(), tmp_path) == 0
    setup.set_branch_logo(database, _logo_png(), principal=as_role(database, "admin"))
    letter = documents.issue_letter(database, enrollment_id, clerk, tmp_path / "l.pdf", on=TODAY)
    assert _magenta_pixels((tmp_path / "l.pdf").read_bytes(), tmp_path) > 20
    documents.issue_slip(database, member_id, clerk, tmp_path / "s.pdf", on=TODAY)
    assert _magenta_pixels((tmp_path / "s.pdf").read_bytes(), tmp_path) > 20
    # Preview and reprint render from the registry with the logo stored now.
    assert _magenta_pixels(documents.document_bytes(database, letter.id), tmp_path) > 20
    assert _magenta_pixels(documents.document_bytes(database, plain.id), tmp_path) > 20


def test_logo_is_printed_on_the_certificate() -> None:
    from datetime import date as _date

    from vokasi_desktop.documents import pdf

    def render(logo: bytes | None) -> bytes:
        branch = pdf.BranchProfile("KRJ", "Kantor Cabang Surabaya Karimunjawa", "Jl. Raya 1",
                                   "Surabaya", "", "", "Hadi Purnomo", logo=logo)
        return pdf.render_certificate_bytes(pdf.CertificateData(
            number="SRT/0001/VIP/KC-KRJ/2027", date=_date(2027, 3, 1), branch=branch,
            name="Siti Nurhaliza", class_title="Menjahit", institution="LPK Bina Karya",
            hours=120, start=_date(2027, 1, 11), end=_date(2027, 2, 26), result="Kompeten",
            place="Surabaya", signatory=pdf.Signatory("Hadi Purnomo", "Kepala Kantor Cabang"),
            qr_text="x"))

    with tempfile.TemporaryDirectory() as tmp:
        assert _magenta_pixels(render(None), Path(tmp)) == 0
        assert _magenta_pixels(render(_logo_png()), Path(tmp)) > 20


# -- branch profile ----------------------------------------------------------------------------

def _last_audit(db: Database, action: str) -> dict[str, object]:
    with db.read() as session:
        row = session.execute(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
        assert row.actor
        return {"actor": row.actor, **row.detail}


@both_backends
def test_branch_profile_edit_is_validated_audited_and_keeps_the_code(database: Database) -> None:
    setup_branch(database)
    admin = as_role(database, "admin")
    profile = setup.get_branch_profile(database)
    changed = dataclasses.replace(profile, address="Jl. Kapas Krampung 35", head_npp="E12345")
    setup.set_branch_profile(database, changed, principal=admin)
    assert setup.get_branch_profile(database) == changed
    entry = _last_audit(database, "branch.profile")
    assert entry["actor"] == "admin"
    assert entry["changes"] == {"address": ["", "Jl. Kapas Krampung 35"],
                                "head_npp": ["", "E12345"]}
    with pytest.raises(ValidationError) as info:
        setup.set_branch_profile(database, dataclasses.replace(changed, code="BIK"),
                                 principal=admin)
    assert info.value.code == "branch_code_fixed"
    with pytest.raises(ValidationError) as info:
        setup.set_branch_profile(database, dataclasses.replace(changed, name="  "),
                                 principal=admin)
    assert info.value.code == "branch_name_empty"
    with pytest.raises(PermissionDenied):
        setup.set_branch_profile(database, changed, principal=as_role(database, "clerk"))
    assert setup.get_branch_profile(database) == changed


def _image(kind: str, size: tuple[int, int] = (120, 80)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, MAGENTA).save(out, kind)
    return out.getvalue()


@pytest.mark.parametrize(("data", "code"), [
    (b"GIF89a" + b"\0" * 100, "logo_format"),
    (b"%PDF-1.7\n", "logo_format"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "logo_unreadable"),
    (b"\xff\xd8\xff" + b"junk", "logo_unreadable"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 2_000_001, "logo_too_big"),
])
def test_logo_that_is_not_a_png_or_jpeg_is_refused(database: Database, data: bytes,
                                                  code: str) -> None:
    setup_branch(database)
    with pytest.raises(ValidationError) as info:
        setup.set_branch_logo(database, data, principal=as_role(database, "admin"))
    assert info.value.code == code
    assert setup.get_branch_logo(database) is None


def test_logo_pixel_limits_and_formats(database: Database) -> None:
    setup_branch(database)
    admin = as_role(database, "admin")
    for data in (_image("GIF"), _image("PNG", (20, 20)), _image("PNG", (4100, 40))):
        with pytest.raises(ValidationError) as info:
            setup.set_branch_logo(database, data, principal=admin)
        assert info.value.code in ("logo_format", "logo_pixels")
        assert "piksel" in str(info.value) or "PNG" in str(info.value)
    for data in (_image("PNG"), _image("JPEG")):
        setup.set_branch_logo(database, data, principal=admin)
        assert setup.get_branch_logo(database) == data
    with pytest.raises(PermissionDenied):
        setup.set_branch_logo(database, None, principal=as_role(database, "supervisor"))


def test_letterhead_preview_is_the_printed_letterhead(database: Database, tmp_path: Path) -> None:
    profile = setup.BranchProfile("KRJ", "Kantor Cabang Surabaya Karimunjawa",
                                  address="Jl. Raya 1")
    plain = setup.letterhead_preview(profile, None)
    assert plain.startswith(b"%PDF") and _magenta_pixels(plain, tmp_path) == 0
    assert _magenta_pixels(setup.letterhead_preview(profile, _logo_png()), tmp_path) > 20
    with pytest.raises(ValidationError):
        setup.letterhead_preview(dataclasses.replace(profile, name=""), None)


# -- numbering ---------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", [
    "B\\{seq}\\{branch}\\{year}", "B/{seq}/{branch}/../{year}", "B:{seq}/{branch}/{year}",
    "B/{seq}/{branch}/{year}\n",
])
def test_template_with_path_or_reserved_characters_is_refused(database: Database,
                                                              pattern: str) -> None:
    setup_branch(database)
    with pytest.raises(ValidationError) as info:
        documents.set_template(database, "letter", pattern, as_role(database, "admin"))
    assert info.value.code == "template_invalid"
    assert documents.get_template(database, "letter") == DEFAULT_TEMPLATES["letter"]


def test_template_format_spec_colon_is_allowed(database: Database) -> None:
    setup_branch(database)
    documents.set_template(database, "letter", "SP/{seq:05d}/{branch}/{year}",
                           as_role(database, "admin"))
    entry = _last_audit(database, "numbering.template")
    assert entry["old"] == DEFAULT_TEMPLATES["letter"]
    assert entry["template"] == "SP/{seq:05d}/{branch}/{year}"


def test_template_giving_another_types_numbers_is_refused(database: Database) -> None:
    setup_branch(database)
    with pytest.raises(ValidationError) as info:
        documents.set_template(database, "slip", DEFAULT_TEMPLATES["letter"],
                               as_role(database, "admin"))
    assert info.value.code == "template_not_unique"
    assert "Surat Pengantar" in str(info.value)
    # {type_code} tells them apart.
    documents.set_template(database, "slip", "{type_code}/{seq:04d}/{branch}/{year}",
                           as_role(database, "admin"))
    with pytest.raises(PermissionDenied):
        documents.set_template(database, "slip", "X/{seq}/{branch}/{year}",
                               as_role(database, "clerk"))


@both_backends
def test_seed_moves_only_upward_and_never_reuses_an_issued_number(database: Database) -> None:
    member_id, _enrollment = _enrolled(database)
    admin = as_role(database, "admin")
    documents.set_sequence_seed(database, "slip", 2026, 41, admin)
    doc = documents.issue_slip(database, member_id, as_role(database, "clerk"), None, on=TODAY)
    assert doc.number.startswith("KLY/0042/")
    for value in (0, 41):
        with pytest.raises(ValidationError) as info:
            documents.set_sequence_seed(database, "slip", 2026, value, admin)
        assert info.value.code == "seed_backwards"
    assert documents.last_sequence_number(database, "slip", 2026) == 42
    documents.set_sequence_seed(database, "slip", 2026, 100, admin)
    entry = _last_audit(database, "numbering.seed")
    assert (entry["old"], entry["last_used"]) == (42, 100)
    with pytest.raises(ValidationError):
        documents.set_sequence_seed(database, "slip", 2026, -1, admin)


# -- programme year and quotas ----------------------------------------------------------------

def test_regional_allocation_wins_over_the_local_quota(tmp_path: Path) -> None:
    from tests.db.exchange_world import make_office, receive, send, trust_each_other

    a = make_office(f"sqlite:///{tmp_path / 'krj.sqlite3'}", "KRJ")
    reg = make_office(f"sqlite:///{tmp_path / 'kw.sqlite3'}", "KWJT", kind="regional")
    try:
        trust_each_other(a, reg)
        head = as_role(a, "head")
        assert not catalog.quota_from_region(a, 2027)
        catalog.set_branch_quota(a, 2027, "KRJ", 120, 10**10, head)  # no allocation yet: local
        catalog.set_branch_quota(reg, 2027, "KRJ", 150, 10**10, as_role(reg, "head"))
        receive(a, send(reg, "KRJ", tmp_path / "r1.zip"))
        assert catalog.quota_from_region(a, 2027)
        with pytest.raises(ConflictError) as info:
            catalog.set_branch_quota(a, 2027, "KRJ", 200, 10**10, head)
        assert info.value.code == "quota_from_region"
        quota = catalog.get_quota(a, 2027)
        assert quota is not None and quota.seats == 150
        assert not catalog.quota_from_region(a, 2028)
    finally:
        a.dispose()
        reg.dispose()

"""Settings use cases: branch quota messages, branch profile edits, logo, numbering."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import update

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
from vokasi_desktop.db.models import BranchQuota
from vokasi_desktop.services import catalog, documents, setup
from vokasi_desktop.services.enrolment import enrol
from vokasi_desktop.services.errors import ValidationError


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

"""PDF renderers: content, masking, fonts, copy mark, determinism, metadata and QR."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from vokasi_desktop.documents.common import format_date
from vokasi_desktop.documents.pdf import (
    Addressee,
    BranchProfile,
    CertificateData,
    ClassInfo,
    EligibilitySlipData,
    EnrollmentLetterData,
    MemberInfo,
    Signatory,
    SlipOutcome,
    outcome_status,
    render_certificate,
    render_certificate_bytes,
    render_eligibility_slip,
    render_eligibility_slip_bytes,
    render_enrollment_letter,
    render_enrollment_letter_bytes,
    verdict_status,
)
from vokasi_desktop.documents.signing import (
    extract_qr_text_from_pdf,
    generate_keypair,
    key_id,
    make_payload,
    sign_payload,
    verify_payload,
)

FULL_NIK = re.compile(r"\b\d{16}\b")
MASKED_NIK = "3578********0012"


@pytest.fixture(scope="module")
def keypair() -> tuple[bytes, bytes]:
    return generate_keypair()


@pytest.fixture(scope="module")
def keys(keypair: tuple[bytes, bytes]) -> dict[str, bytes]:
    return {key_id(keypair[1]): keypair[1]}


@pytest.fixture(scope="module")
def branch() -> BranchProfile:
    return BranchProfile(
        code="KC-KRJ",
        name="Kantor Cabang Surabaya Karimunjawa",
        address="Jl. Karimun Jawa No. 16-18, Gubeng, Kota Surabaya 60281",
        city="Surabaya",
        phone="(031) 5042330",
        email="kc.karimunjawa@example.go.id",
        head_name="Dwi Hartanto Nugroho",
    )


@pytest.fixture(scope="module")
def member() -> MemberInfo:
    return MemberInfo(
        name="SITI NURHALIZA RAHMAWATI",
        masked_nik=MASKED_NIK,
        kpj="23018456712",
        segment="Penerima Upah (PU)",
        employment_status="Pekerja terkena PHK",
    )


@pytest.fixture(scope="module")
def klass() -> ClassInfo:
    return ClassInfo(
        title="Barista dan Pengelolaan Kedai Kopi",
        institution="LPK Kopi Nusantara Mandiri",
        mode="Luring",
        start=date(2026, 12, 7),
        end=date(2026, 12, 18),
        hours=80,
        location="Jl. Raya Darmo Permai III No. 21, Surabaya",
        code="VK-2026-0045",
    )


def _qr(keypair: tuple[bytes, bytes], number: str, doc_type: str) -> str:
    payload = make_payload(
        number=number,
        doc_type=doc_type,
        branch_code="KC-KRJ",
        issue_date=date(2026, 11, 28),
        name="SITI NURHALIZA RAHMAWATI",
        nik_last4="0012",
    )
    return sign_payload(payload, keypair[0])


@pytest.fixture(scope="module")
def letter(
    keypair: tuple[bytes, bytes], branch: BranchProfile, member: MemberInfo, klass: ClassInfo
) -> EnrollmentLetterData:
    number = "B/0123/KC-KRJ/XI/2026"
    return EnrollmentLetterData(
        number=number,
        date=date(2026, 11, 28),
        branch=branch,
        addressee=Addressee(
            institution="LPK Kopi Nusantara Mandiri",
            address="Jl. Raya Darmo Permai III No. 21",
            city="Surabaya",
        ),
        member=member,
        klass=klass,
        signatory=Signatory(
            name="Rina Kusumawardani",
            title="Kepala Bidang Pelayanan",
            on_behalf_of="Kepala Kantor Cabang",
            npp="E12345",
        ),
        qr_text=_qr(keypair, number, "letter"),
        tembusan=("Kepala Kantor Wilayah Jawa Timur",),
        pks_number="PKS/0042/KC-KRJ/2026",
        cost_per_participant=2_400_000,
    )


@pytest.fixture(scope="module")
def slip(
    keypair: tuple[bytes, bytes], branch: BranchProfile, member: MemberInfo, klass: ClassInfo
) -> EligibilitySlipData:
    number = "SLP/0457/KC-KRJ/XI/2026"
    return EligibilitySlipData(
        number=number,
        date=date(2026, 11, 28),
        branch=branch,
        member=member,
        rule_set_code="VIP-2026",
        rule_set_version="3",
        outcomes=(
            SlipOutcome("Terdaftar sebagai peserta", "Memenuhi", "Kartu peserta aktif."),
            SlipOutcome(
                "Iuran 12 bulan dalam 24 bulan terakhir",
                "Tidak memenuhi",
                "Tercatat 9 bulan iuran.",
                "Bayar iuran hingga 12 bulan terlebih dahulu.",
            ),
            SlipOutcome("Usia paling tinggi 40 tahun", "Tidak berlaku"),
            SlipOutcome("Belum pernah mengikuti pelatihan", "Peringatan", "Perlu dicek."),
        ),
        verdict="Belum memenuhi syarat",
        next_step="Bayar iuran hingga 12 bulan, lalu datang kembali.",
        officer_name="Ahmad Fauzi",
        qr_text=_qr(keypair, number, "slip"),
        klass=klass,
    )


@pytest.fixture(scope="module")
def certificate(keypair: tuple[bytes, bytes], branch: BranchProfile) -> CertificateData:
    number = "SRT/0089/KC-KRJ/XII/2026"
    return CertificateData(
        number=number,
        date=date(2026, 12, 21),
        branch=branch,
        name="SITI NURHALIZA RAHMAWATI",
        class_title="Barista dan Pengelolaan Kedai Kopi",
        institution="LPK Kopi Nusantara Mandiri",
        hours=80,
        start=date(2026, 12, 7),
        end=date(2026, 12, 18),
        result="Kompeten",
        place="Surabaya",
        signatory=Signatory(name="Dwi Hartanto Nugroho", title="Kepala Kantor Cabang"),
        qr_text=_qr(keypair, number, "certificate"),
        masked_nik=MASKED_NIK,
    )


Renderer = Callable[[Any, Path], Path]
ByteRenderer = Callable[[Any], bytes]
KINDS: dict[str, tuple[Renderer, ByteRenderer]] = {
    "letter": (render_enrollment_letter, render_enrollment_letter_bytes),
    "slip": (render_eligibility_slip, render_eligibility_slip_bytes),
    "certificate": (render_certificate, render_certificate_bytes),
}


@pytest.fixture(params=sorted(KINDS))
def doc(request: pytest.FixtureRequest) -> tuple[str, Any, Renderer, ByteRenderer]:
    kind = request.param
    data = request.getfixturevalue(kind)
    render, render_bytes = KINDS[kind]
    return kind, data, render, render_bytes


def _text(path: Path) -> str:
    """All text of the PDF with whitespace runs (incl. line breaks) collapsed to one space."""
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def _fonts(path: Path) -> set[str]:
    """Base font names used anywhere in the PDF (pages and form XObjects)."""
    found: set[str] = set()

    def walk(resources: Any) -> None:
        if not isinstance(resources, DictionaryObject):
            return
        for font in (resources.get("/Font") or {}).values():
            found.add(str(font.get_object()["/BaseFont"]))
        for xobject in (resources.get("/XObject") or {}).values():
            obj = xobject.get_object()
            if obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found


def _name(data: Any) -> str:
    return data.member.name if hasattr(data, "member") else data.name


def test_content_and_masking(doc: tuple[str, Any, Renderer, ByteRenderer], tmp_path: Path) -> None:
    kind, data, render, _ = doc
    path = render(data, tmp_path / f"{kind}.pdf")
    text = _text(path)
    assert data.number in text
    assert _name(data) in text
    assert MASKED_NIK in text
    assert not FULL_NIK.search(text)
    assert "SALINAN" not in text


def test_only_bundled_fonts(doc: tuple[str, Any, Renderer, ByteRenderer], tmp_path: Path) -> None:
    kind, data, render, _ = doc
    fonts = _fonts(render(data, tmp_path / f"{kind}.pdf"))
    assert fonts
    assert all(re.fullmatch(r"/(?:[A-Z]{6}\+)?DejaVu(?:Sans|Serif)[-A-Za-z]*", f) for f in fonts), (
        fonts
    )


def test_copy_mark_only_on_copies(
    doc: tuple[str, Any, Renderer, ByteRenderer], tmp_path: Path
) -> None:
    _kind, data, render, _ = doc
    original = _text(render(data, tmp_path / "original.pdf"))
    copy = _text(render(dataclasses.replace(data, is_copy=True), tmp_path / "copy.pdf"))
    assert "SALINAN" not in original
    assert "SALINAN" in copy
    assert data.number in copy


def test_deterministic_bytes(doc: tuple[str, Any, Renderer, ByteRenderer], tmp_path: Path) -> None:
    _kind, data, render, render_bytes = doc
    first = render_bytes(data)
    assert first.startswith(b"%PDF-")
    assert render_bytes(data) == first
    assert render(data, tmp_path / "x.pdf").read_bytes() == first
    assert render_bytes(dataclasses.replace(data, is_copy=True)) != first


def test_metadata_and_qr_round_trip(
    doc: tuple[str, Any, Renderer, ByteRenderer], tmp_path: Path, keys: dict[str, bytes]
) -> None:
    kind, data, render, _ = doc
    path = render(data, tmp_path / f"{kind}.pdf")
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.author == data.branch.name
    assert data.number in (meta.title or "")
    assert meta["/VokasiQR"] == data.qr_text
    assert meta["/Keywords"] == data.qr_text

    text = extract_qr_text_from_pdf(path)
    assert text == data.qr_text
    outcome = verify_payload(text, keys)
    assert outcome.status == "valid"
    assert outcome.payload is not None
    assert outcome.payload["no"] == data.number
    assert outcome.payload["t"] == kind


def test_full_nik_is_refused(letter: EnrollmentLetterData, certificate: CertificateData) -> None:
    leaked = dataclasses.replace(letter.member, masked_nik="3578012345670012")
    with pytest.raises(ValueError, match="NIK"):
        render_enrollment_letter_bytes(dataclasses.replace(letter, member=leaked))
    with pytest.raises(ValueError, match="NIK"):
        render_certificate_bytes(dataclasses.replace(certificate, masked_nik="3578012345670012"))


def test_missing_qr_text_is_refused(slip: EligibilitySlipData) -> None:
    with pytest.raises(ValueError):
        render_eligibility_slip_bytes(dataclasses.replace(slip, qr_text=""))


def test_letter_layout_text(letter: EnrollmentLetterData, tmp_path: Path) -> None:
    path = render_enrollment_letter(letter, tmp_path / "letter.pdf")
    text = _text(path)
    assert len(PdfReader(path).pages) == 1
    for expected in (
        "BPJS KETENAGAKERJAAN",
        "KANTOR CABANG SURABAYA KARIMUNJAWA",
        "Surabaya, 28 November 2026",
        "Nomor",
        "Lampiran",
        "Pengantar Peserta Pelatihan Vokasi",
        "Yth. Pimpinan LPK Kopi Nusantara Mandiri",
        "a.n. Kepala Kantor Cabang",
        "Rina Kusumawardani",
        "Tembusan:",
        "Kepala Kantor Wilayah Jawa Timur",
        "Pindai untuk verifikasi",
        "7 Desember 2026 s.d. 18 Desember 2026",
    ):
        assert expected in text, expected


def test_letter_without_on_behalf_or_tembusan(letter: EnrollmentLetterData) -> None:
    plain = dataclasses.replace(
        letter,
        signatory=Signatory(name="Dwi Hartanto Nugroho", title="Kepala Kantor Cabang"),
        tembusan=(),
    )
    data = render_enrollment_letter_bytes(plain)
    assert data.startswith(b"%PDF-")


def test_long_letter_flows_to_second_page(letter: EnrollmentLetterData, tmp_path: Path) -> None:
    many = tuple(f"Kepala Dinas Tenaga Kerja Kabupaten Nomor {i}" for i in range(1, 30))
    path = render_enrollment_letter(dataclasses.replace(letter, tembusan=many), tmp_path / "l.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    assert "Halaman 2" in (reader.pages[1].extract_text() or "")


def test_letter_with_logo(letter: EnrollmentLetterData, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (0, 120, 60)).save(logo)
    branch = dataclasses.replace(letter.branch, logo_path=logo)
    data = render_enrollment_letter_bytes(dataclasses.replace(letter, branch=branch))
    assert b"/Image" in data


def test_slip_statuses(slip: EligibilitySlipData, tmp_path: Path) -> None:
    assert [outcome_status(o) for o in slip.outcomes] == ["pass", "fail", "na", "warn"]
    assert verdict_status(slip) == "fail"
    assert outcome_status(SlipOutcome("x", "Lolos", status="not_applicable")) == "na"
    assert outcome_status(SlipOutcome("x", "sesuatu")) == "na"
    warn_only = dataclasses.replace(slip, outcomes=slip.outcomes[2:])
    assert verdict_status(warn_only) == "warn"
    assert verdict_status(dataclasses.replace(slip, verdict_status="eligible")) == "pass"

    text = _text(render_eligibility_slip(slip, tmp_path / "slip.pdf"))
    for expected in (
        "HASIL PEMERIKSAAN KELAYAKAN",
        "VIP-2026 versi 3",
        "Memenuhi",
        "Tidak memenuhi",
        "Peringatan",
        "Tidak berlaku",
        "Belum memenuhi syarat",
        "Bayar iuran hingga 12 bulan terlebih dahulu.",
        "Ahmad Fauzi",
    ):
        assert expected in text, expected


def test_slip_with_many_rules_repeats_header(slip: EligibilitySlipData, tmp_path: Path) -> None:
    outcomes = tuple(
        SlipOutcome(f"Persyaratan nomor {i}", "Memenuhi", "Keterangan panjang " * 8)
        for i in range(1, 40)
    )
    path = render_eligibility_slip(
        dataclasses.replace(slip, outcomes=outcomes, klass=None), tmp_path / "many.pdf"
    )
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    assert "Persyaratan" in (reader.pages[1].extract_text() or "")


def test_certificate_text(certificate: CertificateData, tmp_path: Path) -> None:
    path = render_certificate(certificate, tmp_path / "c.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    text = _text(path)
    for expected in (
        "diberikan kepada",
        "Pelatihan Barista dan Pengelolaan Kedai Kopi",
        "80 jam pelajaran",
        "7 Desember 2026 s.d. 18 Desember 2026",
        "Surabaya, 21 Desember 2026",
        "Dwi Hartanto Nugroho",
    ):
        assert expected in text, expected
    spaced = text.replace(" ", "")  # letter-spaced titles extract with gaps
    assert "SERTIFIKAT" in spaced
    assert "TELAHMENYELESAIKANPELATIHAN" in spaced


def test_certificate_without_nik_and_long_name(
    certificate: CertificateData, tmp_path: Path
) -> None:
    long_name = "RADEN MAS MUHAMMAD ABDURRAHMAN WAHYUDI KUSUMANEGARA PRAWIROHARDJO"
    data = dataclasses.replace(certificate, masked_nik=None, name=long_name)
    text = _text(render_certificate(data, tmp_path / "c.pdf"))
    assert "NIK" not in text
    assert long_name in text


def test_format_date() -> None:
    assert format_date(date(2026, 11, 28)) == "28 November 2026"
    assert format_date(date(2027, 1, 5)) == "5 Januari 2027"
    assert format_date("awal Desember") == "awal Desember"


def test_render_creates_parent_folder(certificate: CertificateData, tmp_path: Path) -> None:
    path = render_certificate(certificate, tmp_path / "a" / "b" / "c.pdf")
    assert path.is_file()
    assert [p.name for p in path.parent.iterdir()] == ["c.pdf"]  # no temp file left


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed to decode the printed QR",
)
def test_printed_qr_decodes_and_verifies(
    doc: tuple[str, Any, Renderer, ByteRenderer], tmp_path: Path, keys: dict[str, bytes]
) -> None:
    kind, data, render, _ = doc
    path = render(data, tmp_path / f"{kind}.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(tmp_path / "page.png")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    decoded = result.stdout.strip()
    assert decoded == data.qr_text
    assert verify_payload(decoded, keys).status == "valid"


def test_qr_rectangles_cover_exactly_the_dark_modules() -> None:
    from vokasi_desktop.documents.qr import _rectangles, qr_matrix

    matrix = qr_matrix("VKS1.eyJhIjoxfQ.0123abcd." + "A" * 86)
    n = len(matrix)
    covered = [[False] * n for _ in range(n)]
    for top, col, width, height in _rectangles(matrix):
        for r in range(top, top + height):
            for c in range(col, col + width):
                assert not covered[r][c]
                covered[r][c] = True
    assert covered == [list(row) for row in matrix]


def test_qr_drawing_and_flowable_sizes() -> None:
    from vokasi_desktop.documents.qr import QRFlowable, qr_drawing

    drawing = qr_drawing("hello", 90)
    assert (drawing.width, drawing.height) == (90, 90)
    assert QRFlowable("hello", 80).wrap(500, 500) == (80, 80)


def _chunks(path: Path) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run on the first page, in PDF points."""
    out: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((x, y, text.strip()))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return out


@pytest.mark.parametrize(
    ("name_len", "title_len"), [(80, 40), (200, 40), (40, 200), (200, 200)]
)
def test_certificate_long_name_and_title_stay_in_frame_above_signature(
    certificate: CertificateData, tmp_path: Path, name_len: int, title_len: int
) -> None:
    """Defect: long names ran over the frame or were cut; long titles hit the signature."""
    words = "SITI NURHALIZA RAHMAWATI KUSUMANEGARA PRAWIROHARDJO WIDYANINGSIH "
    name = (words * 5)[:name_len].strip()
    title = ("Pelatihan Barista dan Pengelolaan Kedai Kopi Tingkat Lanjut " * 5)[:title_len]
    data = dataclasses.replace(certificate, name=name, class_title=title.strip())
    path = render_certificate(data, tmp_path / f"c{name_len}-{title_len}.pdf")
    page_w = float(PdfReader(path).pages[0].mediabox.width)
    chunks = _chunks(path)
    text = " ".join(t for _, _, t in chunks)
    assert " ".join(name.split()) in " ".join(text.split())  # whole name, nothing cut
    assert "Pelatihan Pelatihan" not in text
    body = [c for c in chunks if c[1] < 595 - 210 and not c[2].startswith(("No. ", "Pindai",
                                                                             "keaslian"))]
    sig_top = 156 + 12  # place/date line of the signature block, QR block is lower
    signature_lines = {"Surabaya, 21 Desember 2026", "Kepala Kantor Cabang,",
                       "Dwi Hartanto Nugroho"}
    for x, y, t in body:
        if t in signature_lines:
            continue
        assert y > sig_top, (t, y)
        assert 40 < x < page_w - 40, (t, x)  # centred text starting inside the frame


def test_certificate_wording_and_identity(certificate: CertificateData, tmp_path: Path) -> None:
    """Defect: BNSP's "KOMPETEN", a doubled "Pelatihan", no birth place/date."""
    data = dataclasses.replace(
        certificate, class_title="Pelatihan Barista", birth_place="Surabaya",
        birth_date=date(1990, 5, 17),
    )
    text = _text(render_certificate(data, tmp_path / "c.pdf"))
    spaced = text.replace(" ", "").upper()
    assert "KOMPETEN" not in spaced
    assert "TELAHMENYELESAIKANPELATIHAN" in spaced
    assert "Pelatihan Pelatihan" not in text and "Pelatihan Barista" in text
    assert "Lahir di Surabaya, 17 Mei 1990" in text


def test_letter_content_for_the_institution(letter: EnrollmentLetterData, tmp_path: Path) -> None:
    """Defect: no NPP, "Arsip" in tembusan, two address forms, no PKS, no cost or billing."""
    path = render_enrollment_letter(letter, tmp_path / "letter.pdf")
    text = " ".join(_text(path).split())
    assert "Rina Kusumawardani NPP E12345" in text
    assert "Arsip" not in text
    assert "Tembusan: Kepala Kantor Wilayah Jawa Timur" in text
    assert " di " not in text.split("Yth.")[1][:120]  # one form: street address, then city
    assert "Perjanjian Kerja Sama (PKS) Nomor PKS/0042/KC-KRJ/2026" in text
    assert "Rp2.400.000" in text and "dua juta empat ratus ribu rupiah" in text
    assert "ditagihkan kepada Kantor Cabang Surabaya Karimunjawa setelah" in text
    assert "verifikasi-vokasi.html" in text and "kantor cabang BPJAMSOSTEK mana pun" in text
    assert len(PdfReader(path).pages) == 1
    info = PdfReader(path).metadata
    assert info is not None and str(info["/CreationDate"]).startswith("D:20261128")


def test_multi_page_pdfs_say_page_x_of_n(letter: EnrollmentLetterData, tmp_path: Path) -> None:
    many = tuple(f"Kepala Dinas Tenaga Kerja Kabupaten Nomor {i}" for i in range(1, 30))
    path = render_enrollment_letter(dataclasses.replace(letter, tembusan=many), tmp_path / "l.pdf")
    reader = PdfReader(path)
    n = len(reader.pages)
    assert n >= 2
    for i, page in enumerate(reader.pages, start=1):
        assert f"Halaman {i} dari {n}" in (page.extract_text() or "")


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbarimg or pdftoppm (zbar-tools, poppler-utils) not installed")
@pytest.mark.parametrize("dpi", [100, 120])
def test_letter_qr_scans_at_low_resolution(
    letter: EnrollmentLetterData, tmp_path: Path, dpi: int
) -> None:
    """Defect: the letter's version-12 code in 3.3 cm did not scan below 120 dpi."""
    path = render_enrollment_letter(letter, tmp_path / "letter.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
    assert out.stdout.strip() == letter.qr_text


def test_member_only_slip_lists_applicable_rules_on_one_page(
    slip: EligibilitySlipData, tmp_path: Path
) -> None:
    """Defect: all 25 rules with 17 "Tidak berlaku" rows ran over two pages."""
    applicable = tuple(
        SlipOutcome(f"Persyaratan peserta {i}", "Memenuhi", "Keterangan " * 6, status="pass")
        for i in range(1, 9)
    )
    not_applicable = tuple(
        SlipOutcome(f"Syarat kelas {i}", "Tidak berlaku", "Belum ada kelas dipilih.",
                    status="na")
        for i in range(1, 18)
    )
    data = dataclasses.replace(slip, outcomes=applicable + not_applicable, klass=None)
    path = render_eligibility_slip(data, tmp_path / "member-only.pdf")
    assert len(PdfReader(path).pages) == 1
    text = " ".join(_text(path).split())
    assert text.count("Belum ada kelas dipilih.") == 0  # no row per inapplicable rule
    assert "Tidak berlaku untuk pemeriksaan ini (17 aturan lain):" in text
    assert "Syarat kelas 1; Syarat kelas 2;" in text and "Syarat kelas 17." in text


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbarimg or pdftoppm (zbar-tools, poppler-utils) not installed")
def test_fixed_mask_codes_of_many_payloads_scan_when_printed(tmp_path: Path) -> None:
    """The QR mask is fixed (speed): codes of varied payloads and versions still decode at
    150 dpi, printed at the certificate's size (3 cm)."""
    from reportlab.lib.units import cm
    from reportlab.pdfgen.canvas import Canvas

    from vokasi_desktop.documents.qr import QR_MASK, draw_qr

    assert QR_MASK is not None
    payloads = [f"VKS1.eyJuIjoiU1JULzIwMjYv{i:06d}In0.{'ab' * (i % 7)}." + "Q" * (40 + 9 * i)
                for i in range(12)]
    for i, payload in enumerate(payloads):
        canvas = Canvas(str(tmp_path / f"q{i:02d}.pdf"))
        draw_qr(canvas, payload, 2 * cm, 20 * cm, 3.3 * cm)
        canvas.save()
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile",
                        str(tmp_path / f"q{i:02d}.pdf"), str(tmp_path / f"q{i:02d}")],
                       check=True, capture_output=True)
        out = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable",
                              str(tmp_path / f"q{i:02d}.png")], capture_output=True, text=True)
        assert out.stdout.strip() == payload, f"payload {i} did not scan"


def test_prepared_font_subsets_give_reportlab_s_own_bytes(
    doc: tuple[str, Any, Renderer, ByteRenderer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Font subsets are prepared once per process and reused (speed): the documents must be
    byte-for-byte what reportlab's own TTFont writes, on a cold cache, a warm one, and with
    characters outside ASCII (another subset)."""
    from reportlab.pdfbase.ttfonts import TTFont

    from vokasi_desktop.documents import fonts

    _kind, data, _render, render_bytes = doc
    accented = (dataclasses.replace(data, member=dataclasses.replace(
        data.member, name="RENÉ ÇAĞLAR ÑUÑEZ")) if hasattr(data, "member")
        else dataclasses.replace(data, name="RENÉ ÇAĞLAR ÑUÑEZ"))
    fonts._subsets.clear()
    cold = [render_bytes(data), render_bytes(accented)]
    assert fonts._subsets  # the cache was used
    warm = [render_bytes(data), render_bytes(accented)]
    monkeypatch.setattr(fonts.PreparedTTFont, "addObjects", TTFont.addObjects)
    plain = [render_bytes(data), render_bytes(accented)]
    assert cold == warm == plain
    assert cold[0] != cold[1]


def test_paragraph_shortcuts_give_reportlab_s_own_bytes(
    letter: EnrollmentLetterData, slip: EligibilitySlipData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Letters and slips parse each (text, style) once and skip a repeated wrap at the same
    width (speed): the bytes must equal reportlab's own Paragraph's, also when a long letter
    and a long slip table split across pages, and on a warm cache."""
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from vokasi_desktop.documents import common, letters
    from vokasi_desktop.documents import slip as slip_module

    long_letter = dataclasses.replace(letter, tembusan=tuple(
        f"Kepala Dinas Tenaga Kerja & Transmigrasi <{i}>" for i in range(40)))
    long_slip = dataclasses.replace(slip, outcomes=slip.outcomes + tuple(
        SlipOutcome(f"Syarat tambahan {i} yang cukup panjang agar terbungkus", "Memenuhi",
                    "Keterangan " * (i % 9 + 1), "Langkah " * (i % 3)) for i in range(45)))
    cases = [(render_enrollment_letter_bytes, letter), (render_enrollment_letter_bytes, long_letter),
             (render_eligibility_slip_bytes, slip), (render_eligibility_slip_bytes, long_slip)]
    common._parsed.clear()
    cold = [render(data) for render, data in cases]
    warm = [render(data) for render, data in cases]
    monkeypatch.setattr(letters, "Paragraph", ReportlabParagraph)
    monkeypatch.setattr(slip_module, "Paragraph", ReportlabParagraph)
    plain = [render(data) for render, data in cases]
    assert cold == warm == plain
    assert common._parsed


def test_logo_decoded_once_per_thread_same_bytes_and_a_changed_file_is_reread(
    letter: EnrollmentLetterData, certificate: CertificateData, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """The branch logo is decoded once and reused (speed): documents keep reportlab's bytes
    for stored logos (PNG with transparency, JPEG) and logo files, and a logo file replaced
    on disk is read again."""
    import io

    from PIL import Image
    from reportlab.lib.utils import ImageReader

    from vokasi_desktop.documents import common

    def png(colour: tuple[int, int, int, int], size: tuple[int, int] = (120, 90)) -> bytes:
        buffer = io.BytesIO()
        Image.new("RGBA", size, colour).save(buffer, "PNG")
        return buffer.getvalue()

    jpeg = io.BytesIO()
    Image.new("RGB", (80, 80), (0, 120, 60)).save(jpeg, "JPEG")
    file = tmp_path / "logo.png"
    file.write_bytes(png((0, 90, 40, 200)))
    branches = [dataclasses.replace(letter.branch, logo=png((0, 120, 60, 128))),
                dataclasses.replace(letter.branch, logo=jpeg.getvalue()),
                dataclasses.replace(letter.branch, logo_path=file)]

    def documents() -> list[bytes]:
        out = []
        for branch in branches:
            out.append(render_enrollment_letter_bytes(dataclasses.replace(letter, branch=branch)))
            out.append(render_certificate_bytes(dataclasses.replace(certificate, branch=branch)))
        return out

    cached = documents()
    again = documents()
    monkeypatch.setattr(common, "_logo_reader", lambda source: ImageReader(
        io.BytesIO(source) if isinstance(source, bytes) else str(source)))
    assert cached == again == documents()
    monkeypatch.undo()
    before = render_enrollment_letter_bytes(dataclasses.replace(letter, branch=branches[2]))
    replacement = png((200, 20, 20, 255), (300, 200))
    assert len(replacement) != file.stat().st_size  # the cache key sees the change
    file.write_bytes(replacement)
    after = render_enrollment_letter_bytes(dataclasses.replace(letter, branch=branches[2]))
    assert before != after

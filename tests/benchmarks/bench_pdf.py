"""Throughput of the PDF renderers beside a bare reportlab floor (run by hand, not by pytest).

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_pdf.py [--rounds 5] [--n 40]
    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_pdf.py --samples DIR

Measured in one run, each as the median of ``--rounds`` rounds of ``--n`` documents:

- floor: a one-page reportlab canvas with a few drawString calls (built-in Helvetica, no
  font embedding), and a bare zxing-cpp encoding of a document's QR text;
- letters/s, slips/s and certificates/s on one core (render to bytes, as the service does);
- certificates/s on all cores with ``multiprocessing`` (one worker per core).

``--samples DIR`` writes the three sample documents (and their SALINAN copies) instead.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import zxingcpp
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from vokasi_desktop.documents.fonts import register_fonts
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
    render_certificate,
    render_certificate_bytes,
    render_eligibility_slip,
    render_eligibility_slip_bytes,
    render_enrollment_letter,
    render_enrollment_letter_bytes,
)
from vokasi_desktop.documents.signing import generate_keypair, make_payload, sign_payload

PRIVATE_PEM, PUBLIC_RAW = generate_keypair()

BRANCH = BranchProfile(
    code="KC-KRJ",
    name="Kantor Cabang Surabaya Karimunjawa",
    address="Jl. Karimun Jawa No. 16-18, Kelurahan Gubeng, Kecamatan Gubeng, Kota Surabaya 60281",
    city="Surabaya",
    phone="(031) 5042330",
    email="kc.karimunjawa@bpjsketenagakerjaan.go.id",
    head_name="Dwi Hartanto Nugroho",
    head_title="Kepala Kantor Cabang",
)
MEMBER = MemberInfo(
    name="SITI NURHALIZA RAHMAWATI",
    masked_nik="3578********0012",
    kpj="23018456712",
    segment="Penerima Upah (PU)",
    employment_status="Pekerja terkena PHK",
)
KLASS = ClassInfo(
    title="Barista dan Pengelolaan Kedai Kopi",
    institution="LPK Kopi Nusantara Mandiri",
    mode="Luring",
    start=date(2026, 12, 7),
    end=date(2026, 12, 18),
    hours=80,
    location="Jl. Raya Darmo Permai III No. 21, Surabaya",
    code="VK-2026-0045",
)


def _qr(number: str, doc_type: str, issued: date, class_code: str | None = None) -> str:
    payload = make_payload(
        number=number,
        doc_type=doc_type,
        branch_code=BRANCH.code,
        issue_date=issued,
        name=MEMBER.name,
        nik_last4="0012",
        class_code=class_code,
    )
    return sign_payload(payload, PRIVATE_PEM)


def sample_letter(seq: int = 123) -> EnrollmentLetterData:
    """A realistic enrollment letter; ``seq`` varies the number (and so the QR)."""
    number = f"B/{seq:04d}/KC-KRJ/XI/2026"
    return EnrollmentLetterData(
        number=number,
        date=date(2026, 11, 28),
        branch=BRANCH,
        addressee=Addressee(
            institution="LPK Kopi Nusantara Mandiri",
            address="Jl. Raya Darmo Permai III No. 21, Surabaya",
            city="Surabaya",
        ),
        member=MEMBER,
        klass=KLASS,
        signatory=Signatory(
            name="Rina Kusumawardani",
            title="Kepala Bidang Pelayanan",
            on_behalf_of="Kepala Kantor Cabang",
        ),
        qr_text=_qr(number, "letter", date(2026, 11, 28), KLASS.code),
        tembusan=(
            "Kepala Kantor Wilayah Jawa Timur",
            "Kepala Dinas Tenaga Kerja Kota Surabaya",
            "Arsip",
        ),
    )


def sample_slip(seq: int = 457) -> EligibilitySlipData:
    """A realistic eligibility slip with every kind of outcome."""
    number = f"SLP/{seq:04d}/KC-KRJ/XI/2026"
    outcomes = (
        SlipOutcome(
            "Terdaftar sebagai peserta BPJS Ketenagakerjaan",
            "Memenuhi",
            "Kartu peserta aktif diperiksa petugas melalui aplikasi JMO.",
        ),
        SlipOutcome(
            "Iuran paling sedikit 12 bulan dalam 24 bulan terakhir",
            "Memenuhi",
            "Tercatat 19 bulan iuran dalam 24 bulan terakhir.",
        ),
        SlipOutcome(
            "Iuran 6 bulan berturut-turut sebelum PHK",
            "Memenuhi",
            "Iuran berturut-turut Februari s.d. Agustus 2026.",
        ),
        SlipOutcome(
            "Segmen dan status pekerjaan yang diperbolehkan",
            "Memenuhi",
            "Penerima Upah, terkena PHK.",
        ),
        SlipOutcome(
            "Usia paling tinggi 40 tahun",
            "Tidak berlaku",
            "Batas usia tidak diterapkan pada aturan versi ini.",
        ),
        SlipOutcome(
            "Belum pernah mengikuti pelatihan vokasi",
            "Peringatan",
            "Tercatat pendaftaran tahun 2025 yang dibatalkan sebelum kelas dimulai.",
            "Lampirkan bukti pembatalan; supervisor memutuskan.",
        ),
        SlipOutcome(
            "Lembaga berizin dan berpengalaman minimal 1 tahun",
            "Memenuhi",
            "LPK Kopi Nusantara Mandiri, izin berlaku s.d. 2028.",
        ),
        SlipOutcome(
            "Kuota kantor cabang masih tersedia",
            "Tidak memenuhi",
            "Kuota semester II 2026 telah terisi 225 dari 225 kursi.",
            "Daftar pada daftar tunggu atau pilih kelas periode berikutnya.",
        ),
    )
    return EligibilitySlipData(
        number=number,
        date=date(2026, 11, 28),
        branch=BRANCH,
        member=MEMBER,
        rule_set_code="VIP-2026",
        rule_set_version="3",
        outcomes=outcomes,
        verdict="Belum memenuhi syarat",
        next_step=(
            "Daftar pada daftar tunggu kuota, atau pilih kelas periode Januari 2027. "
            "Bawa kartu peserta dan KTP saat kembali."
        ),
        officer_name="Ahmad Fauzi",
        qr_text=_qr(number, "slip", date(2026, 11, 28)),
        klass=KLASS,
    )


def sample_certificate(seq: int = 89) -> CertificateData:
    """A realistic certificate of completion."""
    number = f"SRT/{seq:04d}/KC-KRJ/XII/2026"
    return CertificateData(
        number=number,
        date=date(2026, 12, 21),
        branch=BRANCH,
        name=MEMBER.name,
        class_title=KLASS.title,
        institution=KLASS.institution,
        hours=KLASS.hours,
        start=KLASS.start,
        end=KLASS.end,
        result="Kompeten",
        place="Surabaya",
        signatory=Signatory(
            name="Dwi Hartanto Nugroho", title="Kepala Kantor Cabang Surabaya Karimunjawa"
        ),
        qr_text=_qr(number, "certificate", date(2026, 12, 21), KLASS.code),
        masked_nik=MEMBER.masked_nik,
    )


def floor_canvas(_: int) -> bytes:
    """Bare reportlab: one page, a few drawString calls, built-in font."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 12)
    for i, line in enumerate(("SERTIFIKAT", "Nomor: SRT/0089", "SITI NURHALIZA", "Kompeten")):
        canvas.drawString(72, 700 - 20 * i, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


_FLOOR_QR_TEXT = sample_certificate().qr_text


def floor_qr(i: int) -> object:
    """Bare zxing-cpp encoding of a certificate's QR text (level M), as documents.qr uses."""
    return zxingcpp.create_barcode(f"{_FLOOR_QR_TEXT}{i}", zxingcpp.BarcodeFormat.QRCode,
                                   ec_level="M")


def letter(i: int) -> bytes:
    return render_enrollment_letter_bytes(sample_letter(i))


def slip(i: int) -> bytes:
    return render_eligibility_slip_bytes(sample_slip(i))


def certificate(i: int) -> bytes:
    return render_certificate_bytes(sample_certificate(i))


CPU_RATES: dict[str, float] = {}
"""Items per CPU second of the last :func:`_rate` per work name: on a loaded machine (other
processes share the cores) wall-clock rates drop while this stays what one free core does."""


def _rate(work: Callable[[int], object], n: int, rounds: int) -> float:
    """Median items per second over ``rounds`` rounds of ``n`` items (data built outside)."""
    rates, cpu_rates = [], []
    for r in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        for i in range(n):
            work(r * n + i)
        rates.append(n / (time.perf_counter() - start))
        cpu_rates.append(n / max(time.process_time() - cpu, 1e-9))
    CPU_RATES[getattr(work, "__name__", "work")] = statistics.median(cpu_rates)
    return statistics.median(rates)


POOL_CPU: dict[str, float] = {}
"""Of the last :func:`_rate_pool` (Linux): ``per_cpu_s``, items per CPU second of the workers
(what one free core of the pool does), and ``busy``, the workers' CPU time over
``workers`` x wall time (1.0 = every worker always on a core). With the kernel's
autogroup scheduling (``/proc/sys/kernel/sched_autogroup_enabled``) a busy machine gives
the app's session one share however many workers it has, so the wall-clock ratio there
measures the other sessions, not the pool."""


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rate_pool(work: Callable[[int], object], n: int, rounds: int, workers: int) -> float:
    """Like :func:`_rate` on ``workers`` processes of the app's own warm pool (spawn)."""
    from vokasi_desktop.documents import batch

    batch.render_many(work, range(workers * batch.MIN_POOL_JOBS), workers=workers)  # warm
    pids = list(getattr(batch._pools.get(workers), "_processes", None) or ())
    rates, cpu_rates, busy = [], [], []
    for r in range(rounds):
        try:
            before = sum(_cpu_seconds(pid) for pid in pids)
        except OSError:  # not Linux, or a worker was replaced
            pids = []
        start = time.perf_counter()
        batch.render_many(work, range(r * n, (r + 1) * n), workers=workers)
        wall = time.perf_counter() - start
        rates.append(n / wall)
        if pids:
            try:
                used = sum(_cpu_seconds(pid) for pid in pids) - before
            except OSError:
                pids = []
            else:
                cpu_rates.append(n / max(used, 1e-9))
                busy.append(used / (workers * wall))
    if cpu_rates:
        POOL_CPU.update(per_cpu_s=statistics.median(cpu_rates), busy=statistics.median(busy))
    return statistics.median(rates)


def write_samples(folder: Path) -> None:
    """Write the sample documents (and SALINAN copies) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data, render in (
        ("letter", sample_letter(), render_enrollment_letter),
        ("slip", sample_slip(), render_eligibility_slip),
        ("certificate", sample_certificate(), render_certificate),
    ):
        render(data, folder / f"{name}.pdf")  # type: ignore[operator]
        render(dataclasses.replace(data, is_copy=True), folder / f"{name}-salinan.pdf")  # type: ignore[operator]
        print(folder / f"{name}.pdf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--n", type=int, default=40, help="documents per round")
    parser.add_argument("--samples", type=Path, help="write sample PDFs here and stop")
    args = parser.parse_args()
    if args.samples:
        write_samples(args.samples)
        return

    register_fonts()
    for warm in (floor_canvas, floor_qr, letter, slip, certificate):
        warm(0)
    cores = os.cpu_count() or 1
    n, rounds = args.n, args.rounds

    canvas_floor = _rate(floor_canvas, n * 5, rounds)
    qr_floor = _rate(floor_qr, n * 5, rounds)
    letters = _rate(letter, n, rounds)
    slips = _rate(slip, n, rounds)
    certificates = _rate(certificate, n, rounds)
    certificates_pool = _rate_pool(certificate, n * cores, rounds, cores)

    size = {
        name: len(fn(1))
        for name, fn in (("letter", letter), ("slip", slip), ("certificate", certificate))
    }
    print(f"medians of {rounds} rounds; {cores} cores; n={n} documents per round (one core)")
    print(f"{'':34}{'per s':>9}{'ms each':>10}  ratio")
    rows = [
        ("floor: bare canvas, 4 drawString", canvas_floor, ""),
        ("floor: bare zxing-cpp QR (level M)", qr_floor, ""),
        ("letters, 1 core", letters, f"{canvas_floor / letters:6.1f}x canvas floor"),
        ("slips, 1 core", slips, f"{canvas_floor / slips:6.1f}x canvas floor"),
        ("certificates, 1 core", certificates, f"{canvas_floor / certificates:6.1f}x canvas floor"),
        (
            f"certificates, {cores} processes",
            certificates_pool,
            f"{certificates_pool / certificates:6.2f}x one core",
        ),
    ]
    for label, rate, ratio in rows:
        print(f"{label:34}{rate:9.1f}{1000 / rate:10.2f}  {ratio}")
    print("per CPU second (one free core): " + ", ".join(
        f"{name} {rate:.0f}/s" for name, rate in CPU_RATES.items()))
    print(
        f"QR encoding share of one certificate: {certificates / qr_floor:.0%} "
        f"(zxing-cpp {1000 / qr_floor:.1f} ms of {1000 / certificates:.1f} ms)"
    )
    print("PDF sizes: " + ", ".join(f"{k} {v / 1024:.0f} KiB" for k, v in size.items()))


if __name__ == "__main__":
    main()

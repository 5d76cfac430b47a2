"""CLI subcommands for documents: print, reprint, void, verify, export, template, import."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from vokasi_desktop.cli.common import db_arg as _db_arg
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.privacy import REVEAL_REASONS

EXIT_OK, EXIT_NO, EXIT_ERROR = 0, 1, 2


def _user_arg(p: argparse.ArgumentParser) -> None:
    from vokasi_desktop.cli.login import add_login_args

    add_login_args(p)


def _login(db: Any, args: argparse.Namespace) -> Any:
    from vokasi_desktop.cli.login import login

    return login(db, args)


def _date(text: str | None, what: str = "--date") -> date | None:
    from vokasi_desktop.cli.common import parse_cli_date

    return parse_cli_date(text, what)


def _overwrite_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--overwrite", "--force", dest="overwrite", action="store_true",
                   help="timpa berkas keluaran yang sudah ada")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("print", help="terbitkan surat pengantar, slip kelayakan atau sertifikat (PDF)")
    p.add_argument("kind", choices=vocabulary.DOC_TYPES.codes,
                   help="letter = surat pengantar, slip = hasil pemeriksaan, certificate = sertifikat")
    p.add_argument("target", nargs="?", metavar="PENDAFTARAN_ATAU_NIK",
                   help="ID pendaftaran (letter/certificate) atau NIK/KPJ peserta (slip)")
    p.add_argument("--member", metavar="NIK_ATAU_KPJ",
                   help="cari pendaftaran aktif peserta ini (bersama --class)")
    p.add_argument("--class", dest="class_code", metavar="KODE", help="kode kelas")
    p.add_argument("--out", metavar="BERKAS.pdf", help="berkas PDF keluaran")
    p.add_argument("--out-dir", metavar="FOLDER",
                   help="certificate --class KODE: semua sertifikat kelas ke folder ini")
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help="tanggal mundur (bawaan: hari ini); perlu --supervisor dan --reason, "
                        "kata sandi supervisor ditanyakan; tidak boleh di masa depan")
    p.add_argument("--supervisor", metavar="PENGGUNA", help="supervisor yang menyetujui --date")
    p.add_argument("--reason", metavar="ALASAN", default="", help="alasan tanggal mundur")
    _user_arg(p)
    _db_arg(p)
    _overwrite_arg(p)
    p.set_defaults(handler=cmd_print)

    p = sub.add_parser("reprint", help="cetak ulang dokumen dari register (bertanda SALINAN)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--reason", required=True, help="alasan cetak ulang (dicatat)")
    p.add_argument("--out", required=True, metavar="BERKAS.pdf")
    _user_arg(p)
    _db_arg(p)
    _overwrite_arg(p)
    p.set_defaults(handler=cmd_reprint)

    p = sub.add_parser("void", help="batalkan dokumen (nomor tetap tercatat, tidak dipakai ulang)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--reason", required=True, help="alasan pembatalan (dicatat)")
    _user_arg(p)
    _db_arg(p)
    p.set_defaults(handler=cmd_void)

    p = sub.add_parser("export", help="ekspor laporan ke Excel (.xlsx)")
    p.add_argument("kind", choices=("participants", "enrolments", "recap", "quota", "institutions",
                                    "register"),
                   help="participants = peserta per kelas (--class), enrolments = pendaftaran "
                        "per periode (--from/--to), recap = rekap bulanan (--year/--month), "
                        "quota = kuota dan anggaran (--year), institutions = lembaga dan izin, "
                        "register = buku agenda surat keluar (--from/--to)")
    p.add_argument("--out", required=True, metavar="BERKAS.xlsx")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--class", dest="class_code", metavar="KODE")
    p.add_argument("--year", type=int)
    p.add_argument("--month", type=int)
    p.add_argument("--full-nik", action="store_true",
                   help="tulis NIK lengkap (wajib --reason dan persetujuan --approver; dicatat "
                        "di log audit)")
    p.add_argument("--reason", default="", help="alasan NIK lengkap")
    p.add_argument("--approver", metavar="PENGGUNA", default="",
                   help="supervisor/kepala cabang lain yang menyetujui NIK lengkap (kata sandinya "
                        "ditanyakan, atau baris kedua stdin dengan --password-stdin)")
    p.add_argument("--approval-reason", default="other", choices=sorted(REVEAL_REASONS),
                   help="kode alasan persetujuan NIK lengkap (bawaan: other)")
    _user_arg(p)
    _db_arg(p)
    _overwrite_arg(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("template", help="tulis templat impor Excel (kolom, petunjuk, pilihan)")
    p.add_argument("kind", choices=("members", "contributions", "institutions", "classes"))
    p.add_argument("file", metavar="BERKAS.xlsx")
    _overwrite_arg(p)
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("import", help="impor data dari Excel: semua baris atau tidak sama sekali")
    p.add_argument("kind", choices=("members", "contributions", "institutions", "classes"))
    p.add_argument("file", metavar="BERKAS.xlsx")
    p.add_argument("--dry-run", action="store_true",
                   help="hanya periksa; tidak ada yang disimpan")
    _user_arg(p)
    _db_arg(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "verify", help="verifikasi dokumen dari teks QR atau berkas PDF (luring)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Kode keluar:\n" + "\n".join(
            f"  {code:>2}  {VERIFY_LABELS[status]}" for status, code in VERIFY_EXIT.items())
        + "\n   2  kesalahan penggunaan (berkas tidak ada, basis data tidak dapat dibuka)")
    p.add_argument("payload", metavar="TEKS_QR_ATAU_PDF")
    p.add_argument("--json", action="store_true")
    _db_arg(p)
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("check-documents",
                       help="periksa keutuhan register dokumen (tanda tangan tiap baris); "
                            "kode keluar 0 = utuh, 1 = ada baris yang gagal")
    _db_arg(p)
    p.set_defaults(handler=cmd_check_documents)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from vokasi_desktop.cli.common import open_db

    if not hasattr(args, "db"):
        args.db = None
    return open_db(args)


def _live_enrollment(db: Any, member_text: str, class_code: str | None) -> int:
    from vokasi_desktop.services.counter import live_enrollment

    return live_enrollment(db, member_text, class_code)


def _backdate(args: argparse.Namespace) -> Any:
    """``--date`` is a back-date request: the service checks the supervisor and the limits."""
    import getpass

    from vokasi_desktop.cli.common import CliError
    from vokasi_desktop.services.documents import BackDate

    on = _date(args.date)
    if on is None:
        return None
    if not args.supervisor or not args.reason.strip():
        raise CliError("Tanggal mundur (--date) memerlukan --supervisor PENGGUNA dan "
                       "--reason ALASAN.")
    password = getpass.getpass(f"Kata sandi supervisor {args.supervisor}: ")
    return BackDate(on=on, reason=args.reason, supervisor=args.supervisor, password=password)


def cmd_print(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import CliError, check_output_dir, check_output_file
    from vokasi_desktop.services import documents
    from vokasi_desktop.services.catalog import find_class
    from vokasi_desktop.services.members import find_member
    from vokasi_desktop.services.progress import Progress

    if args.out:
        check_output_file(args.out, overwrite=args.overwrite)
    if args.out_dir:
        check_output_dir(args.out_dir)
    backdate = _backdate(args)
    on = None
    db = _open(args)
    try:
        if args.kind == "certificate" and args.class_code and not args.target and not args.member:
            if not args.out_dir:
                raise CliError("Untuk semua sertifikat satu kelas, berikan --out-dir FOLDER.")
            klass = find_class(db, args.class_code)

            def progress(p: Progress) -> None:
                print(f"  sertifikat {p.done}/{p.total}", file=sys.stderr)

            issued = documents.issue_class_certificates(db, klass.id, _login(db, args), args.out_dir,
                                                        on=on, report=progress,
                                                        backdate=backdate)
            for doc in issued:
                print(f"{doc.number}\t{doc.path}")
            print(f"{len(issued)} sertifikat diterbitkan untuk kelas {klass.code}.", file=sys.stderr)
            if not issued:
                st = documents.class_certificate_status(db, klass.id)
                if st["completed"] == 0:
                    why = (f"belum ada peserta berstatus selesai/lulus (dari {st['participants']} "
                           "peserta); ubah status peserta menjadi Selesai terlebih dahulu.")
                else:
                    why = (f"semua {st['completed']} peserta yang selesai sudah memiliki "
                           "sertifikat; gunakan 'reprint' untuk salinan.")
                print(f"0 diterbitkan: {why}", file=sys.stderr)
            return EXIT_OK
        if not args.out:
            raise CliError("Berikan --out BERKAS.pdf.")
        if args.kind == "slip":
            who = args.target or args.member
            if not who:
                raise CliError("Berikan NIK atau KPJ peserta untuk slip kelayakan.")
            member = find_member(db, who)
            if member is None:
                raise CliError("Peserta tidak ditemukan.")
            class_id = find_class(db, args.class_code).id if args.class_code else None
            doc = documents.issue_slip(db, member.id, _login(db, args), args.out, class_id=class_id,
                                       on=on, backdate=backdate)
        else:
            if args.member:
                enrollment_id = _live_enrollment(db, args.member, args.class_code)
            elif args.target and args.target.isdigit():
                enrollment_id = int(args.target)
            else:
                raise CliError("Berikan ID pendaftaran, atau --member NIK/KPJ [--class KODE].")
            issue = documents.issue_letter if args.kind == "letter" else documents.issue_certificate
            doc = issue(db, enrollment_id, _login(db, args), args.out, on=on, backdate=backdate)
        print(f"{doc.type_label} nomor {doc.number} tersimpan di {doc.path}.")
        return EXIT_OK
    finally:
        db.dispose()


def cmd_reprint(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import check_output_file
    from vokasi_desktop.services import documents

    check_output_file(args.out, overwrite=args.overwrite)
    db = _open(args)
    try:
        doc = documents.find_document(db, args.number)
        copy = documents.reprint(db, doc.id, _login(db, args), args.reason, Path(args.out))
        print(f"Salinan {copy.number} tersimpan di {copy.path} (cetak ulang ke-{copy.reprint_count}).")
        return EXIT_OK
    finally:
        db.dispose()


def cmd_void(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import documents

    db = _open(args)
    try:
        doc = documents.find_document(db, args.number)
        documents.void_document(db, doc.id, _login(db, args), args.reason)
        print(f"Dokumen {doc.number} dibatalkan. Nomornya tidak akan dipakai ulang.")
        return EXIT_OK
    finally:
        db.dispose()


def cmd_export(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import check_output_file
    from vokasi_desktop.services.reports import ExportRequest, export

    check_output_file(args.out, overwrite=args.overwrite)
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    db = _open(args)
    try:
        principal = _login(db, args)
        approval = None
        if args.full_nik:
            from vokasi_desktop.cli.common import CliError
            from vokasi_desktop.cli.login import approver_password
            from vokasi_desktop.domain.access import Action
            from vokasi_desktop.services.access import authorize
            from vokasi_desktop.services.privacy import ExportApproval

            # A role that may not export full NIKs is refused (exit 4) before anyone is asked
            # for an approval.
            authorize(db, principal, Action.EXPORT_FULL_NIK, kind=args.kind)
            if not args.approver.strip():
                raise CliError("NIK lengkap memerlukan persetujuan supervisor atau kepala "
                               "cabang lain: --approver PENGGUNA.")
            approval = ExportApproval(args.approver.strip(),
                                      approver_password(args, args.approver.strip()),
                                      args.approval_reason, args.reason)
        req = ExportRequest(kind=args.kind, principal=principal, date_from=date_from,
                            date_to=date_to, class_code=args.class_code,
                            year=args.year, month=args.month, full_nik=args.full_nik,
                            full_nik_reason=args.reason, approval=approval)
        result = export(db, req, Path(args.out))
    finally:
        db.dispose()
    rows = ", ".join(f"{name}: {n} baris" for name, n in result.rows_per_sheet.items())
    print(f"Tersimpan di {result.path} ({rows}).")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from vokasi_desktop.cli.common import check_output_file
    from vokasi_desktop.services.imports import write_import_template

    check_output_file(args.file, overwrite=args.overwrite)
    path = write_import_template(args.kind, args.file)
    print(f"Templat {args.kind} tersimpan di {path}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Exit 0 when imported (or a clean dry run), 1 when rows have errors, 2 if refused."""
    from vokasi_desktop.cli.common import CliError
    from vokasi_desktop.documents.xlsx_import import ImportFileError
    from vokasi_desktop.services.imports import import_file
    from vokasi_desktop.services.progress import Progress

    if not Path(args.file).is_file():
        raise CliError(f"Berkas {args.file} tidak ditemukan.")
    db = _open(args)
    try:

        def progress(step: Progress) -> None:
            if step.done and step.done % 10_000 == 0:
                print(f"  {step.done} baris dibaca", file=sys.stderr)

        try:
            result = import_file(db, args.kind, args.file, _login(db, args), dry_run=args.dry_run,
                                 report=progress)
        except ImportFileError as exc:
            raise CliError(str(exc)) from exc
    finally:
        db.dispose()
    print(result.summary())
    for err in result.errors[:10]:
        print(f"  baris {err.row}, kolom {err.column_letter} ({err.header}): {err.message}")
    if len(result.errors) > 10:
        print(f"  ... dan {len(result.errors) - 10} kesalahan lain (lihat laporan).")
    return EXIT_OK if result.ok else EXIT_NO


VERIFY_LABELS = {"valid": "SAH", "tampered": "DIUBAH / TIDAK SAH",
                 "unknown_key": "KUNCI TIDAK DIKENAL", "revoked": "KUNCI DICABUT",
                 "malformed": "BUKAN KODE VERIFIKASI",
                 "voided": "DIBATALKAN", "unregistered": "TIDAK TERDAFTAR",
                 "mismatch": "TIDAK COCOK DENGAN REGISTER", "registry_tampered": "REGISTER DIUBAH",
                 "not_original": "BUKAN BERKAS ASLI", "purged": "SAH, DATA PEMEGANG DIHAPUS"}
# One exit code per outcome (2 stays "usage error"); documented in --help and README.
VERIFY_EXIT = {"valid": 0, "tampered": 3, "unknown_key": 4, "malformed": 5, "voided": 6,
               "unregistered": 7, "mismatch": 8, "registry_tampered": 9, "not_original": 10,
               "revoked": 11, "purged": 12}
TYPE_LABELS = vocabulary.DOC_TYPES.labels()


def _date_id(text: object) -> str:
    from vokasi_desktop.domain.formatting import format_date_id

    try:
        return format_date_id(date.fromisoformat(str(text)))
    except ValueError:
        return str(text or "-")


def cmd_verify(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import documents

    db = _open(args)
    try:
        answer = documents.verify(db, args.payload)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"status": answer.status, "exit_code": VERIFY_EXIT.get(answer.status, 1),
                          "message": answer.message, "payload": answer.payload,
                          "enrollment_status": answer.enrollment_status},
                         ensure_ascii=False, indent=2))
    else:
        print(f"Hasil       : {VERIFY_LABELS.get(answer.status, answer.status)}")
        print(f"Catatan     : {answer.message}")
        if answer.payload:
            p = answer.payload
            trusted = answer.status in ("valid", "voided", "not_original")
            if not trusted:
                print("(Data di bawah ini tertulis di kode, TIDAK terkonfirmasi.)")
            print(f"Nomor       : {p.get('no')}\n"
                  f"Jenis       : {TYPE_LABELS.get(str(p.get('t')), p.get('t'))}\n"
                  f"Kantor      : {p.get('b')}\nTanggal     : {_date_id(p.get('d'))}\n"
                  f"Nama        : {p.get('n')}\nNIK         : ************{p.get('k')}\n"
                  f"Kode kelas  : {p.get('c') or '-'}")
        if answer.enrollment_status:
            print(f"Pendaftaran : {answer.enrollment_status}")
    return VERIFY_EXIT.get(answer.status, EXIT_NO)


def cmd_check_documents(args: argparse.Namespace) -> int:
    from vokasi_desktop.services import documents

    db = _open(args)
    try:
        report = documents.check_registry(db)
    finally:
        db.dispose()
    for failure in report.failed:
        print(failure.message)
    if report.failed:
        print(f"{len(report.failed)} dari {report.checked} dokumen GAGAL pemeriksaan register.",
              file=sys.stderr)
        return EXIT_NO
    print(f"{report.checked} dokumen diperiksa; register utuh.")
    return EXIT_OK

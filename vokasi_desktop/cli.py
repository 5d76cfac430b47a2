"""Command line: ``vokasi-desktop`` opens the GUI; subcommands do the rest.

User mistakes print a clear Indonesian message and exit non-zero, never a traceback.
Exit codes: 0 success, 1 "no" answers (e.g. not eligible), 2 bad input or refused operation.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence

from vokasi_desktop import __version__

log = logging.getLogger("vokasi_desktop")

EXIT_OK = 0
EXIT_NO = 1
EXIT_ERROR = 2

EPILOG = """\
Basis data: bawaan berkas SQLite di folder data pengguna; --db URL atau VOKASI_DB_URL untuk
yang lain (mis. postgresql://user@server/vokasi untuk kantor dengan beberapa loket).

Contoh:
  vokasi-desktop demo --members 2000          isi basis data demo, lalu
  vokasi-desktop                              buka aplikasi
  vokasi-desktop init --branch-code KRJ --branch-name "Kantor Cabang Surabaya Karimunjawa"
"""


class CliError(Exception):
    """A user-facing CLI failure (message already in Indonesian)."""


def _add_db(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Subcommands repeat --db; SUPPRESS keeps a top-level --db from being reset to None.
    p.add_argument("--db", metavar="URL", default=None if top else argparse.SUPPRESS,
                   help="basis data (URL SQLAlchemy atau path berkas SQLite); bawaan: VOKASI_DB_URL "
                        "atau berkas SQLite di folder data pengguna")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vokasi-desktop",
        description="Aplikasi kantor cabang BPJAMSOSTEK untuk Program Vokasi Indonesia Pekerja. "
                    "Tanpa subperintah: membuka aplikasi desktop.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vokasi-desktop {__version__}")
    _add_db(parser, top=True)
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka (bawaan: id)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log lebih rinci")
    sub = parser.add_subparsers(dest="command", metavar="SUBPERINTAH")

    p = sub.add_parser("init", help="buat/perbarui basis data, profil kantor, administrator pertama")
    _add_db(p)
    p.add_argument("--branch-code", required=True, help="kode kantor, mis. KRJ")
    p.add_argument("--branch-name", required=True, help="nama kantor untuk kop surat")
    p.add_argument("--address", default="", help="alamat kantor")
    p.add_argument("--city", default="", help="kota (tempat pada tanggal surat)")
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")
    p.add_argument("--head-name", default="", help="nama kepala kantor cabang")
    p.add_argument("--head-title", default="Kepala Kantor Cabang")
    p.add_argument("--region", default=None, help="kode wilayah kabupaten/kota 4 digit")
    p.add_argument("--admin-user", default="admin", help="nama pengguna administrator pertama")
    p.add_argument("--admin-name", default="Administrator", help="nama lengkap administrator")
    p.add_argument("--password-stdin", action="store_true",
                   help="baca kata sandi administrator dari stdin (satu baris)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="isi basis data kosong dengan data demo yang realistis")
    _add_db(p)
    p.add_argument("--members", type=int, default=2000, help="jumlah peserta (bawaan 2000)")
    p.add_argument("--seed", type=int, default=2020, help="benih acak (hasil sama untuk benih sama)")
    p.add_argument("--if-empty", action="store_true",
                   help="bila basis data sudah berisi peserta, lewati tanpa galat (untuk skrip)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("migrate", help="perbarui skema basis data ke versi aplikasi ini")
    _add_db(p)
    p.set_defaults(handler=cmd_migrate)

    p = sub.add_parser("check", help="periksa kelayakan peserta (NIK atau KPJ), opsional untuk kelas")
    _add_db(p)
    p.add_argument("identifier", metavar="NIK_ATAU_KPJ")
    p.add_argument("--class", dest="class_code", metavar="KODE", help="kode kelas yang dituju")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="tanggal pemeriksaan (bawaan: hari ini)")
    p.add_argument("--rule-set", metavar="KODE", help="pakai aturan tertentu, mis. PILOT-2019")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")
    p.set_defaults(handler=cmd_check)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands() -> list[Callable[[argparse._SubParsersAction], None]]:  # type: ignore[type-arg]
    """Feature modules that register their own subcommands (keeps this module short)."""
    from vokasi_desktop import cli_documents, cli_reports

    return [cli_documents.register, cli_reports.register]


def _open_db(args: argparse.Namespace, *, migrate: bool = True):  # type: ignore[no-untyped-def]
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.migrate import upgrade_database

    db = open_database(args.db)
    if migrate:
        result = upgrade_database(db.engine)
        if result.changed:
            log.info("database upgraded from %s to %s", result.from_revision, result.to_revision)
            if result.backup_path:
                print(f"Salinan basis data sebelum pembaruan: {result.backup_path}", file=sys.stderr)
    return db


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise CliError("Kata sandi tidak terbaca dari stdin.")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("Tidak ada terminal untuk menanyakan kata sandi; gunakan --password-stdin.")
    first = getpass.getpass("Kata sandi administrator: ")
    second = getpass.getpass("Ulangi kata sandi: ")
    if first != second:
        raise CliError("Kedua kata sandi tidak sama.")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from vokasi_desktop.services.auth import validate_password
    from vokasi_desktop.services.setup import (
        BranchProfile,
        create_admin,
        has_users,
        set_branch_profile,
    )

    db = _open_db(args)
    try:
        profile = BranchProfile(
            code=args.branch_code.strip().upper(), name=args.branch_name, address=args.address,
            city=args.city, phone=args.phone, email=args.email, head_name=args.head_name,
            head_title=args.head_title, region_code=args.region,
        )
        need_admin = not has_users(db)
        password = None
        if need_admin:
            password = _read_password(args)
            validate_password(password)
        set_branch_profile(db, profile, actor="init")
        print(f"Profil kantor {profile.code} ({profile.name}) tersimpan di {db.description}.")
        if need_admin and password is not None:
            create_admin(db, args.admin_user, args.admin_name, password)
            print(f"Administrator {args.admin_user!r} dibuat.")
        else:
            print("Pengguna sudah ada; administrator tidak dibuat ulang.")
        return EXIT_OK
    finally:
        db.dispose()


def cmd_demo(args: argparse.Namespace) -> int:
    from vokasi_desktop.services.demo import fill_demo

    if args.members < 1 or args.members > 5_000_000:
        raise CliError("--members harus antara 1 dan 5.000.000.")
    db = _open_db(args)
    if args.if_empty:
        from vokasi_desktop.services.members import count_members

        if count_members(db):
            print(f"Basis data {db.description} sudah berisi peserta; data demo tidak diisi.")
            db.dispose()
            return EXIT_OK
    last = {"pct": -1}

    def progress(stage: str, done: int, total: int) -> None:
        pct = 100 * done // max(total, 1)
        if stage == "peserta" and pct != last["pct"] and (pct % 10 == 0 or done == total):
            last["pct"] = pct
            print(f"  peserta: {done:,}/{total:,} ({pct}%)".replace(",", "."), file=sys.stderr)

    try:
        print(f"Mengisi data demo ke {db.description} ...", file=sys.stderr)
        summary = fill_demo(db, members=args.members, seed=args.seed, progress=progress)
    finally:
        db.dispose()
    print(
        f"Selesai dalam {summary.seconds:.1f} detik: {summary.members} peserta, "
        f"{summary.contributions} periode iuran, {summary.institutions} lembaga, "
        f"{summary.classes} kelas, {summary.enrollments} pendaftaran."
    )
    print("Akun demo (nama pengguna / kata sandi):")
    for username, role, password in summary.users:
        print(f"  {username:<11} {password:<18} ({role})")
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.migrate import upgrade_database

    db = open_database(args.db)
    try:
        result = upgrade_database(db.engine)
    finally:
        db.dispose()
    if result.changed:
        print(f"Skema diperbarui: {result.from_revision or '(kosong)'} -> {result.to_revision}.")
        if result.backup_path:
            print(f"Salinan sebelum pembaruan: {result.backup_path}")
    else:
        print(f"Skema sudah versi terbaru ({result.to_revision}).")
    return EXIT_OK


OUTCOME_LABELS = {"pass": "MEMENUHI", "fail": "TIDAK", "warn": "CATATAN",
                  "not_applicable": "-"}


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when eligible, 1 when not (or only with a supervisor's approval), 2 on bad input."""
    import json
    from datetime import date

    from vokasi_desktop.domain.identifiers import IdentifierError, is_probably_nik, parse_nik
    from vokasi_desktop.services.catalog import find_class
    from vokasi_desktop.services.enrolment import check_eligibility
    from vokasi_desktop.services.members import find_member

    text = args.identifier
    cleaned = "".join(ch for ch in text if ch not in " .-")
    if cleaned.isdigit() and len(cleaned) != 11:
        try:
            parse_nik(cleaned)  # a clear message for a malformed NIK
        except IdentifierError as exc:
            raise CliError(str(exc)) from exc
    on_date = date.today()
    if args.date:
        try:
            on_date = date.fromisoformat(args.date)
        except ValueError as exc:
            raise CliError(f"Tanggal {args.date!r} tidak valid; gunakan format YYYY-MM-DD.") from exc
    db = _open_db(args)
    try:
        member = find_member(db, text)
        if member is None:
            kind = "NIK" if is_probably_nik(cleaned) else "KPJ"
            raise CliError(f"Peserta dengan {kind} tersebut tidak ditemukan.")
        class_id = find_class(db, args.class_code).id if args.class_code else None
        check = check_eligibility(db, member.id, class_id, on_date,
                                  rule_set_code=args.rule_set)
    finally:
        db.dispose()
    result = check.result
    if args.json:
        payload = result.to_dict()
        payload.update({"member": {"name": member.name, "nik": member.nik_masked,
                                   "kpj": member.kpj}, "class": check.class_code,
                        "summary": result.summary_id()})
        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    else:
        print(f"Peserta : {member.name}  NIK {member.nik_masked}  KPJ {member.kpj or '-'}")
        if check.class_code:
            print(f"Kelas   : {check.class_code}")
        print(f"Aturan  : {result.rule_set_code} versi {result.rule_set_version}, "
              f"tanggal {on_date:%d/%m/%Y}")
        print(f"Hasil   : {result.summary_id().upper()}")
        print()
        for o in result.outcomes:
            if o.outcome == "not_applicable":
                continue
            print(f"  [{OUTCOME_LABELS[o.outcome]:<9}] {o.title}: {o.message}")
            if o.next_step:
                print(f"              -> {o.next_step}")
    return EXIT_OK if result.is_eligible else EXIT_NO


def cmd_gui(args: argparse.Namespace) -> int:
    from vokasi_desktop.app import run_gui

    return run_gui(db_url=args.db, lang=args.lang)


def _user_errors() -> tuple[type[BaseException], ...]:
    from vokasi_desktop.db.engine import DatabaseConfigError
    from vokasi_desktop.db.migrate import DatabaseTooNewError, MigrationError
    from vokasi_desktop.services.errors import ServiceError

    errors: list[type[BaseException]] = [CliError, DatabaseConfigError, DatabaseTooNewError,
                                         MigrationError, ServiceError]
    try:
        from vokasi_desktop.domain.identifiers import IdentifierError

        errors.append(IdentifierError)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    handler = getattr(args, "handler", None) or cmd_gui
    from sqlalchemy.exc import OperationalError

    try:
        return int(handler(args))
    except _user_errors() as exc:
        print(f"Kesalahan: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OperationalError as exc:
        log.debug("database error", exc_info=True)
        print(f"Kesalahan: basis data tidak dapat dibuka atau dipakai ({exc.orig}).", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

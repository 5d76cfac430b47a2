"""Command line: ``vokasi-desktop`` opens the GUI; subcommands do the rest.

User mistakes print a clear Indonesian message and exit non-zero, never a traceback.
Exit codes: 0 success, 1 "no" answers (e.g. not eligible), 2 bad input or refused operation.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from vokasi_desktop import __version__
from vokasi_desktop.cli.common import (
    FOREIGN_DB,
    CliError,
    open_db,
    parse_cli_date,
)
from vokasi_desktop.cli.login import add_login_args

if TYPE_CHECKING:
    from vokasi_desktop.services.enrolment import RuleSetPeriod

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


# argparse's own strings (Python 3.12) in Indonesian; argparse looks them up through its
# module-level ``_`` (gettext), which :func:`_argparse_in_indonesian` swaps while this CLI
# builds its parser and parses, so other users of argparse in the process are untouched.
ARGPARSE_ID = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi %(option)s ambigu, bisa berarti %(matches)s",
    "expected at least one argument": "perlu setidaknya satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected one argument": "perlu satu nilai",
    "ignored explicit argument %r": "nilai %r tidak dipakai",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak valid (harus %(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan %(value)r tidak dikenal (pilih dari %(choices)s)",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "subperintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
}
ARGPARSE_TYPE_NAMES = {"int": "bilangan bulat", "float": "bilangan"}


@contextmanager
def _argparse_in_indonesian() -> Iterator[None]:
    original = argparse._  # type: ignore[attr-defined]

    def translate(text: str) -> str:
        return ARGPARSE_ID.get(text, text)

    argparse._ = translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class IndonesianArgumentParser(argparse.ArgumentParser):
    """argparse with Indonesian errors: one line ``Kesalahan: ...`` on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        for english, indonesian in ARGPARSE_TYPE_NAMES.items():
            message = message.replace(f"(harus {english})", f"(harus {indonesian})")
        self.exit(EXIT_ERROR, f"Kesalahan: {message} (lihat: {self.prog} --help)\n")



def _add_db(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Subcommands repeat --db; SUPPRESS keeps a top-level --db from being reset to None.
    p.add_argument("--db", metavar="URL", default=None if top else argparse.SUPPRESS,
                   help="basis data (URL SQLAlchemy atau path berkas SQLite); bawaan: VOKASI_DB_URL "
                        "atau berkas SQLite di folder data pengguna")


def build_parser() -> argparse.ArgumentParser:
    with _argparse_in_indonesian():
        return _build_parser()


def _build_parser() -> argparse.ArgumentParser:
    parser = IndonesianArgumentParser(
        prog="vokasi-desktop",
        description="Aplikasi kantor cabang BPJAMSOSTEK untuk Program Vokasi Indonesia Pekerja. "
                    "Tanpa subperintah: membuka aplikasi desktop.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vokasi-desktop {__version__}",
                        help="tampilkan versi program lalu keluar")
    _add_db(parser, top=True)
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka (bawaan: id)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log lebih rinci")
    parser.add_argument("--self-test", action="store_true",
                        help="uji mandiri instalasi (basis data dan folder sementara: surat, "
                             "sertifikat dengan QR, Excel, jendela utama) lalu keluar; 0 = lulus")
    parser.add_argument("--key-passphrase-stdin", action="store_true",
                        help="baca frasa sandi kunci tanda tangan dari stdin (satu baris; "
                             "atau VOKASI_KEY_PASSPHRASE)")
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
    p.add_argument("--head-npp", default="", help="NPP kepala kantor (dicetak di bawah tanda tangan)")
    p.add_argument("--region", default=None, help="kode wilayah kabupaten/kota 4 digit")
    p.add_argument("--admin-user", default="admin", help="nama pengguna administrator pertama")
    p.add_argument("--admin-name", default="Administrator", help="nama lengkap administrator")
    p.add_argument("--password-stdin", action="store_true",
                   help="baca kata sandi administrator dari stdin (satu baris)")
    p.add_argument("--user", metavar="PENGGUNA", default=None,
                   help="basis data yang sudah memiliki pengguna: login sebagai kepala cabang "
                        "atau administrator untuk memperbarui profil kantor")
    p.add_argument("--no-key-passphrase", action="store_true",
                   help="simpan kunci tanda tangan TANPA frasa sandi (siapa pun yang dapat membaca "
                        "folder data dapat menandatangani dokumen)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="isi basis data kosong dengan data demo yang realistis")
    _add_db(p)
    p.add_argument("--members", type=int, default=2000, help="jumlah peserta (bawaan 2000)")
    p.add_argument("--seed", type=int, default=2020, help="benih acak (hasil sama untuk benih sama)")
    p.add_argument("--if-empty", action="store_true",
                   help="lewati tanpa galat bila data demo sudah lengkap (untuk skrip); "
                        "basis data berisi data lain ditolak (keluar 2)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("migrate", help="perbarui skema basis data ke versi aplikasi ini")
    _add_db(p)
    p.set_defaults(handler=cmd_migrate)

    p = sub.add_parser("check", help="periksa kelayakan peserta (NIK atau KPJ), opsional untuk kelas")
    _add_db(p)
    p.add_argument("identifier", metavar="NIK_ATAU_KPJ")
    p.add_argument("--class", dest="class_code", metavar="KODE", help="kode kelas yang dituju")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="tanggal pemeriksaan (bawaan: hari ini)")
    p.add_argument("--rule-set", metavar="KODE",
                   help="pakai aturan tertentu, mis. PILOT-2019 (diberi peringatan bila "
                        "tidak berlaku pada tanggal pemeriksaan)")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")
    add_login_args(p)
    p.set_defaults(handler=cmd_check)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands() -> list[Callable[[argparse._SubParsersAction], None]]:  # type: ignore[type-arg]
    """Feature modules that register their own subcommands (keeps this module short)."""
    from vokasi_desktop.cli import backup as cli_backup
    from vokasi_desktop.cli import documents as cli_documents
    from vokasi_desktop.cli import exchange as cli_exchange
    from vokasi_desktop.cli import keys as cli_keys
    from vokasi_desktop.cli import privacy as cli_privacy
    from vokasi_desktop.cli import region as cli_region
    from vokasi_desktop.cli import reports as cli_reports
    from vokasi_desktop.cli import users as cli_users
    from vokasi_desktop.cli import verifier as cli_verifier

    return [cli_documents.register, cli_keys.register, cli_backup.register,
            cli_verifier.register, cli_reports.register, cli_exchange.register,
            cli_region.register, cli_users.register, cli_privacy.register]


OS_ERRORS = {
    errno.ENOENT: "berkas atau folder tidak ada",
    errno.EISDIR: "itu sebuah folder",
    errno.ENOTDIR: "bagian dari path bukan folder",
    errno.EACCES: "tidak ada izin",
    errno.EPERM: "tidak ada izin",
    errno.EROFS: "disk hanya-baca",
    errno.ENOSPC: "disk penuh",
    errno.EEXIST: "sudah ada",
    errno.ENAMETOOLONG: "nama terlalu panjang",
}


def _os_error_text(exc: OSError) -> str:
    reason = OS_ERRORS.get(exc.errno or 0, "gagal dibaca atau ditulis")
    name = exc.filename if isinstance(exc.filename, str) else ""
    return f"{name}: {reason}." if name else f"Berkas {reason}."


def _database_error_text(exc: BaseException) -> str:
    from vokasi_desktop.db.engine import BUSY_MESSAGE, is_lock_error

    if is_lock_error(exc):
        return BUSY_MESSAGE
    text = str(getattr(exc, "orig", exc)).lower()
    if "not a database" in text or "malformed" in text or "encrypted" in text \
            or "disk image" in text:
        return FOREIGN_DB.format(where="ini")
    return ("Basis data tidak dapat dibuka atau dipakai (server tidak terjangkau, hak akses, "
            "atau berkas rusak); jalankan dengan -v untuk rincian.")


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
    from vokasi_desktop.services.setup import (
        BranchProfile,
        has_users,
        init_branch,
        validate_admin,
    )

    db = open_db(args, create=True)
    try:
        profile = BranchProfile(
            code=args.branch_code.strip().upper(), name=args.branch_name, address=args.address,
            city=args.city, phone=args.phone, email=args.email, head_name=args.head_name,
            head_title=args.head_title, region_code=args.region, head_npp=args.head_npp,
        )
        need_admin = not has_users(db)
        password = None
        principal = None
        if not need_admin:
            # Bootstrap only on an empty database; afterwards init is a profile update by a
            # logged-in head of branch or administrator.
            from vokasi_desktop.cli.login import login_for
            from vokasi_desktop.domain.access import Action

            principal = login_for(db, args, Action.BRANCH_PROFILE_EDIT)
        if need_admin:
            password = _read_password(args)
            validate_admin(args.admin_user, args.admin_name, password)
        from vokasi_desktop.cli.keys import needs_new_key, new_key_passphrase

        passphrase = new_key_passphrase(args) if needs_new_key(db) else None
        created = init_branch(db, profile, admin_user=args.admin_user if need_admin else None,
                              admin_name=args.admin_name, password=password,
                              key_passphrase=passphrase, principal=principal)
        print(f"Profil kantor {profile.code} ({profile.name}) tersimpan di {db.description}.")
        if created:
            print(f"Administrator {args.admin_user!r} dibuat.")
        else:
            print("Pengguna sudah ada; administrator tidak dibuat ulang.")
        return EXIT_OK
    finally:
        db.dispose()


def cmd_demo(args: argparse.Namespace) -> int:
    from vokasi_desktop.services.demo import fill_demo
    from vokasi_desktop.services.progress import Progress

    if args.members < 1 or args.members > 5_000_000:
        raise CliError("--members harus antara 1 dan 5.000.000.")
    db = open_db(args, create=True)
    if args.if_empty:
        from vokasi_desktop.services.demo import demo_state

        state = demo_state(db)
        if state == "complete":
            print(f"Basis data {db.description} sudah berisi peserta (data demo lengkap); "
                  "data demo tidak diisi ulang.")
            db.dispose()
            return EXIT_OK
        if state == "other":
            db.dispose()
            raise CliError(f"Basis data {db.description} berisi data yang bukan data demo "
                           "lengkap; data demo tidak diisi. Gunakan --db untuk basis data baru.")
    last = {"pct": -1}

    def progress(p: Progress) -> None:
        stage, done, total = p.text, p.done, p.total
        pct = 100 * done // max(total, 1)
        if stage == "peserta" and pct != last["pct"] and (pct % 10 == 0 or done == total):
            last["pct"] = pct
            print(f"  peserta: {done:,}/{total:,} ({pct}%)".replace(",", "."), file=sys.stderr)
        elif stage == "indeks":
            print("  membangun indeks dan pencarian nama ...", file=sys.stderr)

    try:
        print(f"Mengisi data demo ke {db.description} ...", file=sys.stderr)
        summary = fill_demo(db, members=args.members, seed=args.seed, report=progress)
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
    from vokasi_desktop.db.migrate import upgrade_database

    db = open_db(args, migrate=False)
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


def rule_set_warning(period: RuleSetPeriod, on_date: date) -> str:
    """The stderr line of ``check --rule-set`` when the chosen rule set is not in force."""
    from vokasi_desktop.domain.formatting import format_date_id

    until = ("seterusnya" if period.effective_to is None
             else format_date_id(period.effective_to))
    return (f"Peringatan: aturan {period.code} versi {period.version} berlaku "
            f"{format_date_id(period.effective_from)} s.d. {until}, tidak berlaku pada tanggal "
            f"pemeriksaan {format_date_id(on_date)}; pemeriksaan tetap memakai aturan ini.")


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when eligible, 1 when not (or only with a supervisor's approval), 2 on bad input."""
    import json

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
    on_date = parse_cli_date(args.date) or date.today()
    db = open_db(args)
    try:
        from vokasi_desktop.cli.login import login_for
        from vokasi_desktop.domain.access import Action

        login_for(db, args, Action.ELIGIBILITY_CHECK)  # shows a name and a masked NIK
        member = find_member(db, text)
        if member is None:
            kind = "NIK" if is_probably_nik(cleaned) else "KPJ"
            raise CliError(f"Peserta dengan {kind} tersebut tidak ditemukan.")
        class_id = find_class(db, args.class_code).id if args.class_code else None
        check = check_eligibility(db, member.id, class_id, on_date,
                                  rule_set_code=args.rule_set)
    finally:
        db.dispose()
    if check.rule_set_out_of_force is not None:
        print(rule_set_warning(check.rule_set_out_of_force, on_date), file=sys.stderr)
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
    with _argparse_in_indonesian():
        parser = _build_parser()
        args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    handler = getattr(args, "handler", None) or cmd_gui
    if args.self_test:
        from vokasi_desktop.ui.selftest import run_self_test

        return run_self_test()
    from sqlalchemy.exc import DBAPIError

    from vokasi_desktop.cli.keys import passphrase_provider
    from vokasi_desktop.cli.login import EXIT_AUTH, EXIT_DENIED, LoginError, end_sessions
    from vokasi_desktop.domain.access import PermissionDenied

    try:
        if handler is cmd_gui:
            return int(handler(args))
        with passphrase_provider(args):
            try:
                return int(handler(args))
            finally:
                end_sessions()
    except LoginError as exc:
        print(f"Kesalahan login: {exc}", file=sys.stderr)
        return EXIT_AUTH
    except PermissionDenied as exc:
        print(f"Ditolak: {exc}", file=sys.stderr)
        return EXIT_DENIED
    except _user_errors() as exc:
        print(f"Kesalahan: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except DBAPIError as exc:
        log.debug("database error", exc_info=True)
        print(f"Kesalahan: {_database_error_text(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        log.debug("file error", exc_info=True)
        print(f"Kesalahan: {_os_error_text(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last net: never a traceback (which may hold personal data)
        log.debug("unexpected error", exc_info=True)
        print(f"Kesalahan: terjadi kesalahan tak terduga ({type(exc).__name__}). "
              "Jalankan dengan -v untuk rincian.", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

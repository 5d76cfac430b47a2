"""Spreadsheet imports: all rows in one transaction, or nothing.

The file is checked before parsing (zip bombs, macros, encryption, size), then streamed row by
row: each row is validated by ``documents.xlsx_import`` (cells) and here (against the
database: NIK/KPJ/codes already registered, unknown institution or member, overlapping
contribution periods). Valid rows are inserted in batches inside ONE write transaction; if any
row has an error, the transaction is rolled back and an error report
(``<name>-kesalahan.xlsx``: row, column, value, message) is written beside the input.
Re-importing the same file creates nothing new: every row is reported "sudah ada".

On SQLite the write lock is held for the whole import (other counters wait); imports are an
administrator's task done rarely, and the lock is what makes them all-or-nothing.
"""

from __future__ import annotations

import contextlib
import uuid as uuid_mod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    ContributionPeriod,
    Institution,
    Member,
    PurgedPerson,
    TrainingClass,
)
from vokasi_desktop.db.search import MemberBulkInsert, bulk_member_insert
from vokasi_desktop.db.timeutil import utcnow
from vokasi_desktop.documents.xlsx_import import (
    INDONESIAN,
    CellError,
    ImportCancelled,
    ParsedRow,
    RawRow,
    ReadStats,
    ReportTexts,
    error_report_path,
    read_rows,
    validate_rows,
    write_error_report,
)
from vokasi_desktop.documents.xlsx_templates import IMPORT_KINDS, import_spec, write_template
from vokasi_desktop.domain.access import Action, Principal
from vokasi_desktop.domain.identifiers import mask_nik
from vokasi_desktop.domain.privacy import CONSENT_PURPOSE
from vokasi_desktop.domain.progress import NEVER_CANCELLED, CancelToken, Report, no_report
from vokasi_desktop.services import audit
from vokasi_desktop.services.access import authorize
from vokasi_desktop.services.catalog import (
    ClassInput,
    InstitutionInput,
    validate_class_input,
    validate_institution_input,
)
from vokasi_desktop.services.errors import ServiceError, ValidationError
from vokasi_desktop.services.members import (
    MemberInput,
    clean_member_input,
    local_branch_code,
    member_columns,
)
from vokasi_desktop.services.privacy import record_import_consents

# Rows checked against the database per query (IN lists of this many NIKs/KPJs/codes).
BATCH = 2_000
MEMBER_COMPARED = ("name", "birth_date", "sex", "kpj", "segment", "employment_status",
                   "membership_status")
KIND_LABELS = {"members": "peserta", "contributions": "periode iuran",
               "institutions": "lembaga pelatihan", "classes": "kelas pelatihan"}

# Contribution periods decide eligibility: only the roles allowed IMPORT_CONTRIBUTIONS (a clerk
# once turned 3 months into 15 with an import).
_IMPORT_ACTIONS = {"members": Action.IMPORT_MEMBERS, "contributions": Action.IMPORT_CONTRIBUTIONS,
                   "institutions": Action.IMPORT_CATALOG, "classes": Action.IMPORT_CATALOG}


def _table(model: Any) -> Table:
    """The Core table of an ORM class (bulk inserts of plain dicts)."""
    return cast(Table, model.__table__)


class _RollbackForErrors(Exception):
    """Internal: leave the transaction without writing."""


@dataclass
class ImportResult:
    """What an import did (or, in a dry run or on errors, would have done)."""

    kind: str
    path: Path
    dry_run: bool
    created: int = 0
    existing: int = 0
    rows: int = 0
    blank_rows: int = 0
    errors: list[CellError] = field(default_factory=list)
    warnings: list[CellError] = field(default_factory=list)
    error_report: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def committed(self) -> bool:
        return self.ok and not self.dry_run

    def summary(self) -> str:
        noun = KIND_LABELS.get(self.kind, self.kind)
        if self.errors:
            where = f" Rincian: {self.error_report}." if self.error_report else ""
            return (f"Impor {noun} DITOLAK: {len(self.errors)} kesalahan pada "
                    f"{len({e.row for e in self.errors})} baris; tidak ada data yang disimpan."
                    f"{where}")
        verb = "akan dibuat" if self.dry_run else "dibuat"
        text = (f"Impor {noun}{' (uji coba)' if self.dry_run else ''}: {self.rows} baris dibaca, "
                f"{self.created} {verb}, {self.existing} sudah ada")
        if self.blank_rows:
            text += f", {self.blank_rows} baris kosong dilewati"
        if self.warnings:
            text += f", {len(self.warnings)} peringatan"
        return text + "."


def write_import_template(kind: str, path: Path | str) -> Path:
    """Write the import template of ``kind`` (headers, instructions, dropdowns)."""
    if kind not in IMPORT_KINDS:
        raise ValidationError("import_kind", f"Jenis templat tidak dikenal: {kind}.", "kind")
    return write_template(kind, Path(path))


class _Importer:
    """Per-kind database checks and inserts for batches of parsed rows."""

    def __init__(self, session: Session, kind: str, actor: str, source: str,
                 letters: dict[str, str], headers: dict[str, str], today: date,
                 cleaned: dict[int, MemberInput] | None = None) -> None:
        self.session = session
        # Row number -> the member as the service cleaned it: the write phase re-checks the
        # database only, not the cells (the same file, the same clock).
        self.cleaned = cleaned if cleaned is not None else {}
        self.kind = kind
        self.actor = actor
        self.source = source
        self.letters = letters
        self.headers = headers
        self.branch = local_branch_code(session)
        self.now = utcnow()
        self.today = today
        self.result_errors: list[CellError] = []
        self.result_warnings: list[CellError] = []
        self.created = 0
        self.existing = 0
        # contributions: member id -> spans accepted in this file (overlap check)
        self.spans: dict[int, list[tuple[date, date, int]]] = {}
        self.institution_ids: dict[str, int] = {}
        # members, write phase: the bulk inserter (db.search) and the NIKs it inserted
        self.bulk: MemberBulkInsert | None = None
        self.inserted_niks: list[str] = []

    def error(self, row: ParsedRow, key: str, message: str, code: str,
              **params: Any) -> None:
        value = row.values.get(key)
        self.result_errors.append(CellError(
            row=row.row_number, column_letter=self.letters.get(key, "?"),
            header=self.headers.get(key, key),
            value="" if value is None else str(value), message=message, code=code,
            params=params))

    def _travel(self) -> dict[str, Any]:
        return {"uuid": uuid_mod.uuid4(), "origin_branch": self.branch,
                "created_at": self.now, "updated_at": self.now, "version": 1}

    def _note_changes(self, row: ParsedRow, stored: Any) -> None:
        """A row whose NIK exists: tell the user which columns differ (nothing is changed)."""
        differ = []
        for key in MEMBER_COMPARED:
            new = row.values.get(key)
            old = getattr(stored, key)
            if key == "name" and isinstance(new, str):
                new, old = " ".join(new.split()).upper(), (old or "").upper()
            if new in (None, "") and key not in ("name", "birth_date", "sex"):
                continue  # an empty optional cell changes nothing
            if new != old:
                differ.append(key)
        if differ:
            columns = ", ".join(self.headers.get(k, k) for k in differ)
            self.result_warnings.append(CellError(
                row=row.row_number, column_letter=self.letters.get(differ[0], "?"),
                header=self.headers.get(differ[0], differ[0]),
                value="" if row.values.get(differ[0]) is None else str(row.values[differ[0]]),
                message=f"NIK sudah ada, data berbeda: kolom {columns}. Data di basis data "
                        "tidak diubah; perbaiki lewat formulir peserta bila perlu.",
                code="exists_different", severity="warning",
                params={"columns": [self.headers.get(k, k) for k in differ]}))

    # -- members
    def members(self, rows: list[ParsedRow], write: bool) -> None:
        niks = [r.values["nik"] for r in rows]
        kpjs = [r.values["kpj"] for r in rows if r.values.get("kpj")]
        stored = {m.nik: m for m in self.session.execute(
            select(Member.nik, *(getattr(Member, key) for key in MEMBER_COMPARED))
            .where(Member.nik.in_(niks))).all()}
        kpj_owner = dict(self.session.execute(select(Member.kpj, Member.nik).where(
            Member.kpj.in_(kpjs))).all()) if kpjs else {}
        purged = self._purged_niks([nik for nik in niks if nik not in stored])
        fresh: list[MemberInput] = []
        for row in rows:
            v = row.values
            nik = v["nik"]
            if nik in stored:
                self.existing += 1
                self._note_changes(row, stored[nik])
                continue
            if nik in purged:
                self.error(row, "nik", f"Data orang dengan NIK {mask_nik(nik)} sudah dihapus "
                           "karena masa simpannya habis (penghapusan data pribadi); impor tidak "
                           "boleh memasukkannya kembali. Hapus baris ini. Bila orang itu "
                           "mendaftar lagi, daftarkan di loket dengan persetujuan baru.",
                           "nik_purged", nik=mask_nik(nik))
                continue
            kpj = v.get("kpj")
            if kpj and kpj_owner.get(kpj, nik) != nik:
                self.error(row, "kpj", f"KPJ {kpj} sudah dipakai peserta lain "
                           f"(NIK {mask_nik(kpj_owner[kpj])}).", "kpj_exists",
                           kpj=kpj, nik=mask_nik(kpj_owner[kpj]))
                continue
            # The write phase re-checks the database only, not the cells (the same file, the
            # same clock): the member as the service cleaned it in the read phase.
            cleaned = self.cleaned.get(row.row_number)
            if cleaned is None:
                try:
                    cleaned = self._clean_member(row)
                except ValidationError as exc:
                    self.error(row, exc.field or "nik", exc.message, exc.code, **exc.params)
                    continue
                self.cleaned[row.row_number] = cleaned
            fresh.append(cleaned)
        self.created += len(fresh)
        if fresh and write and not self.result_errors and self.bulk is not None:
            # The same columns the registration form sets (services.members.member_columns).
            common = {"origin_branch": self.branch, "created_at": self.now,
                      "updated_at": self.now, "version": 1, "verified_by": None,
                      "verified_at": None, "verified_method": None, "verified_note": "",
                      "consent_at": self.now,
                      "consent_purpose": f"{CONSENT_PURPOSE} (impor {self.source})"}
            uuid4 = uuid_mod.uuid4
            self.bulk.insert([{"uuid": uuid4(), **common, **member_columns(cleaned)}
                              for cleaned in fresh])
            self.inserted_niks.extend(cleaned.nik for cleaned in fresh)

    def _purged_niks(self, niks: list[str]) -> set[str]:
        """The NIKs among ``niks`` of persons removed by the retention purge (their tombstone
        holds only the keyed NIK hash): one query per batch."""
        if not niks:
            return set()
        refs = audit.person_refs(self.session, niks)
        hit = set(self.session.execute(select(PurgedPerson.person_ref).where(
            PurgedPerson.person_ref.in_(list(set(refs.values()))))).scalars())
        return {nik for nik, ref in refs.items() if ref in hit}

    def _clean_member(self, row: ParsedRow) -> MemberInput:
        """The row through the registration form's validator (``clean_member_input``)."""
        v = row.values
        mismatch = any(w.code in ("nik_birthdate_mismatch", "nik_sex_mismatch")
                       for w in row.warnings)
        data = MemberInput(
            nik=v["nik"], name=v["name"], birth_date=v["birth_date"], sex=v["sex"],
            segment=v["segment"], employment_status=v["employment_status"],
            birth_place=v.get("birth_place") or "", kk=v.get("kk"), kpj=v.get("kpj"),
            address=v.get("address") or "", region_code=v.get("region_code"),
            phone=v.get("phone") or "", layoff_date=v.get("layoff_date"),
            membership_status=v["membership_status"],
            membership_since=v.get("membership_since"),
            nik_warning_reason=(f"Impor {self.source} baris {row.row_number}: data lahir/"
                                "kelamin berbeda dari NIK") if mismatch else "",
        )
        cleaned, _warnings = clean_member_input(data, self.today)
        return cleaned

    # -- contributions
    def contributions(self, rows: list[ParsedRow], write: bool) -> None:
        niks = [r.values["nik"] for r in rows if r.values.get("nik")]
        kpjs = [r.values["kpj"] for r in rows if r.values.get("kpj")]
        by_nik = dict(self.session.execute(select(Member.nik, Member.id).where(
            Member.nik.in_(niks))).all()) if niks else {}
        by_kpj = dict(self.session.execute(select(Member.kpj, Member.id).where(
            Member.kpj.in_(kpjs))).all()) if kpjs else {}
        ids = set(by_nik.values()) | set(by_kpj.values())
        existing: dict[int, list[tuple[date, date]]] = {}
        for mid, a, b in self.session.execute(select(
                ContributionPeriod.member_id, ContributionPeriod.month_from,
                ContributionPeriod.month_to).where(ContributionPeriod.member_id.in_(ids))):
            existing.setdefault(mid, []).append((a, b))
        inserts = []
        today = self.today.replace(day=1)
        for row in rows:
            v = row.values
            key = "nik" if v.get("nik") else "kpj"
            member_id = by_nik.get(v["nik"]) if v.get("nik") else by_kpj.get(v.get("kpj"))
            if member_id is None:
                shown = mask_nik(v["nik"]) if key == "nik" else v.get("kpj")
                self.error(row, key, f"Peserta dengan {key.upper()} {shown} belum terdaftar; "
                           "impor data peserta terlebih dahulu.", "member_missing",
                           id_kind=key.upper(), shown=shown)
                continue
            a, b = v["month_from"].replace(day=1), v["month_to"].replace(day=1)
            if b > today:
                self.error(row, "month_to", "Periode iuran tidak boleh di masa depan.",
                           "period_future")
                continue
            if (a, b) in existing.get(member_id, []):
                self.existing += 1
                continue
            clash = [s for s in existing.get(member_id, []) if s[0] <= b and s[1] >= a]
            in_file = [s for s in self.spans.get(member_id, []) if s[0] <= b and s[1] >= a]
            if clash or in_file:
                where = (f"baris {in_file[0][2]}" if in_file else
                         f"periode tersimpan {clash[0][0]:%m/%Y}-{clash[0][1]:%m/%Y}")
                self.error(row, "month_from", f"Periode iuran bertumpang tindih dengan {where}.",
                           "period_overlap",
                           **({"row": in_file[0][2]} if in_file else
                              {"stored": f"{clash[0][0]:%m/%Y}-{clash[0][1]:%m/%Y}"}))
                continue
            self.spans.setdefault(member_id, []).append((a, b, row.row_number))
            inserts.append({**self._travel(), "member_id": member_id, "month_from": a,
                            "month_to": b, "source": v.get("source") or "import"})
        if inserts and write and not self.result_errors:
            self.session.execute(_table(ContributionPeriod).insert(), inserts)
        self.created += len(inserts)

    # -- institutions
    def institutions(self, rows: list[ParsedRow], write: bool) -> None:
        codes = [r.values["code"] for r in rows]
        known = set(self.session.execute(select(Institution.code).where(
            Institution.code.in_(codes))).scalars())
        inserts = []
        for row in rows:
            v = row.values
            if v["code"] in known:
                self.existing += 1
                continue
            try:
                data = validate_institution_input(InstitutionInput(
                    code=v["code"], name=v["name"], type=v["type"], region_code=v["region_code"],
                    licence_number=v.get("licence_number"), licence_issuer=v.get("licence_issuer"),
                    licence_issued=v.get("licence_issued"), licence_expires=v.get("licence_expires"),
                    founded_on=v.get("founded_on"), accreditation=v.get("accreditation") or "",
                    accreditation_expires=v.get("accreditation_expires"),
                    pks_number=v.get("pks_number"), pks_from=v.get("pks_from"),
                    pks_to=v.get("pks_to"), address=v.get("address") or "",
                    contact_name=v.get("contact_name") or "", phone=v.get("phone") or "",
                    capacity=v.get("capacity") or 0), today=self.today)
            except ValidationError as exc:
                self.error(row, exc.field or "code", exc.message, exc.code, **exc.params)
                continue
            inserts.append({**self._travel(), **{k: getattr(data, k) for k in (
                "code", "name", "type", "ownership", "licence_number", "licence_issuer",
                "licence_issued", "licence_expires", "founded_on", "accreditation",
                "accreditation_expires", "pks_number", "pks_from", "pks_to", "address",
                "region_code", "contact_name", "phone", "email", "capacity", "status")}})
        if inserts and write and not self.result_errors:
            self.session.execute(_table(Institution).insert(), inserts)
        self.created += len(inserts)

    # -- classes
    def classes(self, rows: list[ParsedRow], write: bool) -> None:
        codes = [r.values["code"] for r in rows]
        known = set(self.session.execute(select(TrainingClass.code).where(
            TrainingClass.code.in_(codes))).scalars())
        wanted = {r.values["institution_code"] for r in rows} - set(self.institution_ids)
        if wanted:
            self.institution_ids.update(self.session.execute(select(
                Institution.code, Institution.id).where(Institution.code.in_(wanted))).all())
        inserts = []
        for row in rows:
            v = row.values
            if v["code"] in known:
                self.existing += 1
                continue
            inst_id = self.institution_ids.get(v["institution_code"])
            if inst_id is None:
                self.error(row, "institution_code", f"Lembaga dengan kode {v['institution_code']} "
                           "belum terdaftar.", "institution_missing",
                           institution=v["institution_code"])
                continue
            try:
                data = validate_class_input(self.session, ClassInput(
                    code=v["code"], institution_id=inst_id, title=v["title"], mode=v["mode"],
                    region_code=v["region_code"], start_date=v["start_date"],
                    end_date=v["end_date"], capacity=v["capacity"],
                    cost_per_participant=v["cost_per_participant"], hours=v["hours"],
                    field=v.get("field") or "", location=v.get("location") or ""))
            except ValidationError as exc:
                self.error(row, exc.field or "code", exc.message, exc.code, **exc.params)
                continue
            inserts.append({**self._travel(), "seats_used": 0, **{k: getattr(data, k) for k in (
                "code", "institution_id", "title", "field", "hours", "mode", "region_code",
                "location", "start_date", "end_date", "capacity", "cost_per_participant",
                "status")}})
        if inserts and write and not self.result_errors:
            self.session.execute(_table(TrainingClass).insert(), inserts)
        self.created += len(inserts)


def _batches(items: Iterable[ParsedRow | CellError], result: ImportResult,
             size: int) -> Iterator[list[ParsedRow]]:
    batch: list[ParsedRow] = []
    for item in items:
        if isinstance(item, CellError):
            if item.severity == "warning":
                result.warnings.append(item)
            else:
                result.errors.append(item)
            continue
        result.warnings.extend(item.warnings)
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_file(db: Database, kind: str, path: Path | str, principal: Principal, *,
                dry_run: bool = False, report: Report = no_report,
                cancel: CancelToken = NEVER_CANCELLED, today: date | None = None,
                write_report: bool = True, report_texts: ReportTexts = INDONESIAN,
                summary: Callable[[ImportResult], str] | None = None,
                reader: str | None = None, **limits: Any) -> ImportResult:
    """Validate and import ``path``; all rows or none.

    ``report``/``cancel`` follow ``domain.progress`` (rows read of the rows in the file).
    The error report is written with ``report_texts`` and its subtitle uses ``summary``
    (default :meth:`ImportResult.summary`, Indonesian): the GUI passes its language's.
    ``today`` decides future dates and the NIK century (the caller's clock).

    Raises:
        ImportFileError: the file itself is refused (type, size, zip bomb, header...).
        ServiceError(code="cancelled"): the user cancelled; nothing was written.
    """
    authorize(db, principal, _IMPORT_ACTIONS.get(kind, Action.IMPORT_MEMBERS))
    actor = principal.username
    if kind not in IMPORT_KINDS:
        raise ValidationError("import_kind", f"Jenis impor tidak dikenal: {kind}.", "kind")
    source = Path(path)
    spec = import_spec(kind)
    headers = {f.key: f.header for f in spec.fields}
    letters: dict[str, str] = {}
    stats = ReadStats()
    result = ImportResult(kind=kind, path=source, dry_run=dry_run)

    def capture(raw: Iterator[RawRow]) -> Iterator[RawRow]:
        for r in raw:
            if not letters:
                letters.update(r.letters)
            yield r

    today = today or db.clock.today()  # callers pass their clock; the default is the database's
    stream = validate_rows(
        capture(read_rows(source, kind, stats=stats, report=report, cancel=cancel,
                          reader=reader, **limits)),
        kind, today=today, stats=stats)
    try:
        # 1. Read, validate and check against the database without the write lock (a read
        #    transaction): the slow part (parsing the workbook) never blocks the counters.
        staged: list[list[ParsedRow]] = []
        cleaned: dict[int, MemberInput] = {}
        with db.read() as session:
            importer = _Importer(session, kind, actor, source.name, letters, headers, today,
                                 cleaned)
            handler = getattr(importer, kind)
            for batch in _batches(stream, result, BATCH):
                handler(batch, False)
                staged.append(batch)
                result.rows += len(batch)
            result.errors.extend(importer.result_errors)
            result.warnings.extend(importer.result_warnings)
            result.created, result.existing = importer.created, importer.existing
            result.blank_rows = stats.blank_rows
        if result.errors or dry_run:
            raise _RollbackForErrors
        # 2. One short write transaction: re-check what another counter may have changed
        #    meanwhile (the same checks, on the already parsed rows) and insert; all or none.
        with db.write() as session:
            importer = _Importer(session, kind, actor, source.name, letters, headers, today,
                                 cleaned)
            handler = getattr(importer, kind)
            with contextlib.ExitStack() as stack:
                if kind == "members":
                    importer.bulk = stack.enter_context(bulk_member_insert(session))
                for batch in staged:
                    handler(batch, not importer.result_errors)
                if importer.result_errors:
                    result.errors.extend(importer.result_errors)
                    raise _RollbackForErrors
            if importer.inserted_niks:
                # consent "by import", recorded for the importing principal (services.privacy)
                record_import_consents(session, importer.inserted_niks, actor)
            result.created, result.existing = importer.created, importer.existing
            audit.record(session, actor, f"import.{kind}", "import", None, file=source.name,
                         created=result.created, existing=result.existing,
                         warnings=len(result.warnings))
    except _RollbackForErrors:
        pass
    except ImportCancelled as exc:
        raise ServiceError("cancelled", "Impor dibatalkan; tidak ada data yang disimpan.") from exc
    result.rows = stats.data_rows or result.rows
    if write_report and (result.errors or result.warnings):
        report_path = error_report_path(source, report_texts.suffix)
        result.errors.sort(key=lambda e: (e.row, e.column_letter))
        summary_text = summary(result) if summary is not None else result.summary()
        write_error_report(report_path, [*result.errors, *result.warnings],
                           subtitle_lines=[report_texts.file.replace("%1", source.name), summary_text], texts=report_texts)
        result.error_report = report_path
    else:
        stale = error_report_path(source, report_texts.suffix)
        if stale.exists() and result.ok:
            stale.unlink()  # an old report would contradict this successful run
    return result


@dataclass(frozen=True)
class FileStamp:
    """The version of a file that was checked (size and modification time): an import runs
    only on the file its dry run checked, unchanged since."""

    path: Path
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        """The stamp of ``path`` now (None when it cannot be read)."""
        try:
            stat = path.stat()
        except OSError:
            return None
        return cls(path, stat.st_size, stat.st_mtime_ns)

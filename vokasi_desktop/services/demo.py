"""Deterministic demo data at branch scale (bulk loads: a million members in about a minute).

Everything comes from one ``random.Random(seed)``, so the same seed gives the same database.
NIKs are consistent with birth date, sex and a real regency; KPJ numbers are unique (rising
with the member id by random steps); contribution histories include short ones and gaps;
institutions include expired licences and ones under a year old; classes are daring and luring
across regions; some regions are under PSBB; enrolments exist in every status.
"""

from __future__ import annotations

import logging
import random
import uuid
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import CheckConstraint, Table, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    Base,
    Branch,
    BranchQuota,
    Enrollment,
    Institution,
    Member,
    ProgramYear,
    RegionRestriction,
    TrainingClass,
    User,
)
from vokasi_desktop.db.tables import table_of
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.domain.clock import utc_now
from vokasi_desktop.domain.identifiers import encode_nik
from vokasi_desktop.domain.privacy import CONSENT_PURPOSE
from vokasi_desktop.domain.regions import all_regencies, regency_name
from vokasi_desktop.services import audit
from vokasi_desktop.services.auth import create_user
from vokasi_desktop.services.errors import ServiceError
from vokasi_desktop.services.progress import Progress, Report, no_report
from vokasi_desktop.services.setup import BranchProfile, set_branch_profile

log = logging.getLogger(__name__)

DEMO_BRANCH = BranchProfile(
    code="KRJ",
    name="Kantor Cabang Surabaya Karimunjawa",
    address="Jl. Karimunjawa No. 6, Gubeng, Surabaya 60281",
    city="Surabaya",
    phone="(031) 5020000",
    email="kc.surabayakarimunjawa@bpjsketenagakerjaan.go.id",
    head_name="Hadi Purnomo",
    head_title="Kepala Kantor Cabang",
    region_code="3578",
)
# Other offices in the regional demo (quota rows and exchange peers).
PEER_BRANCHES = (
    ("SBR", "Kantor Cabang Surabaya Rungkut", "3578"),
    ("SDA", "Kantor Cabang Sidoarjo", "3515"),
    ("MLG", "Kantor Cabang Malang", "3573"),
    ("JKS", "Kantor Cabang Jakarta Kepulauan Seribu", "3101"),
    ("BIK", "Kantor Cabang Perintis Biak", "9106"),
    ("MRK", "Kantor Cabang Perintis Merauke", "9301"),
    ("KWJ", "Kantor Wilayah Jawa Timur", "3578"),
)
DEMO_USERS = (
    ("admin", "Administrator Demo", "admin", "vokasi-admin"),
    ("supervisor", "Siti Rahmawati", "supervisor", "vokasi-supervisor"),
    ("petugas", "Budi Santoso", "clerk", "vokasi-petugas"),
)

MALE_FIRST = ["Agus", "Ahmad", "Andi", "Arief", "Bambang", "Budi", "Dedi", "Dimas", "Eko", "Fajar", "Fikri", "Hadi", "Hendra", "Irfan", "Joko", "Kurniawan", "Muhammad", "Rizky", "Rudi", "Slamet", "Sugeng", "Taufik", "Teguh", "Wahyu", "Yusuf", "Yudi", "Bagus", "Dwi", "Adi", "Rahmat", "Hari", "Imam", "Ilham", "Arif", "Bayu", "Gilang", "Rizal", "Satria", "Surya", "Wawan", "Anton", "Dani", "Heru", "Priyo", "Sutrisno", "Darmawan"]
FEMALE_FIRST = ["Siti", "Sri", "Dewi", "Ayu", "Putri", "Nur", "Rina", "Lestari", "Wulan", "Fitri", "Indah", "Ani", "Yuni", "Ratna", "Dian", "Eka", "Kartika", "Maya", "Nia", "Novi", "Rini", "Sari", "Tri", "Wahyuni", "Yulia", "Anisa", "Desi", "Dina", "Endah", "Fransiska", "Intan", "Lia", "Mega", "Nurul", "Puji", "Ratih", "Retno", "Rosa", "Sinta", "Tika", "Umi", "Vina", "Widya", "Yanti", "Zahra", "Aulia"]
FAMILY = ["Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Nugroho", "Kurniawan", "Setiawan", "Susanto", "Gunawan", "Hartono", "Wibowo", "Purnomo", "Rahmawati", "Lestari", "Handayani", "Permata", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Situmorang", "Lubis", "Tanjung", "Sembiring", "Ginting", "Panjaitan", "Manurung", "Sitompul", "Pangaribuan", "Wenda", "Rumbiak", "Mandowen", "Kogoya", "Tabuni", "Syahputra", "Hasibuan", "Daulay", "Sihombing", "Rangkuti", "Firmansyah", "Maulana", "Ramadhan", "Hakim", "Fauzi", "Anwar", "Sulistyo", "Prasetyo", "Utomo", "Suharto", "Wijayanti", "Ningsih"]
PLACES = ["Surabaya", "Sidoarjo", "Gresik", "Malang", "Mojokerto", "Jombang", "Lamongan", "Madiun", "Kediri", "Blitar", "Tulungagung", "Jember", "Banyuwangi", "Pasuruan", "Probolinggo", "Bangkalan", "Sumenep", "Jakarta", "Bandung", "Semarang", "Yogyakarta", "Medan", "Makassar", "Jayapura", "Biak", "Merauke", "Denpasar", "Pontianak", "Kupang", "Ambon"]
STREETS = (
    "Jl. Raya Darmo", "Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Pahlawan", "Jl. Kenjeran",
    "Jl. Rungkut Industri", "Jl. Mayjen Sungkono", "Jl. Kertajaya", "Jl. Tidar", "Jl. Pemuda",
    "Jl. Merdeka", "Jl. Sudirman",
)

TRAINING_TOPICS = (
    ("Menjahit dan Tata Busana", "Garmen", 120), ("Tata Boga dan Usaha Katering", "Kuliner", 100),
    ("Teknisi Sepeda Motor", "Otomotif", 160), ("Pemasaran Digital untuk UMKM", "Bisnis", 60),
    ("Las Listrik SMAW", "Manufaktur", 200), ("Barista dan Pengelolaan Kafe", "Kuliner", 80),
    ("Instalasi Listrik Rumah", "Kelistrikan", 160), ("Perawatan AC dan Pendingin", "Teknik", 120),
    ("Desain Grafis", "TIK", 96), ("Pemrograman Web Dasar", "TIK", 160),
    ("Operator Komputer Perkantoran", "TIK", 80), ("Tata Rias Pengantin", "Kecantikan", 100),
    ("Budidaya Ikan Air Tawar", "Perikanan", 72), ("Pengolahan Hasil Pertanian", "Agribisnis", 64),
    ("Bahasa Jepang untuk Pekerja Migran", "Bahasa", 240), ("Perawat Lansia (Caregiver)", "Kesehatan", 200),
    ("Akuntansi Usaha Kecil", "Bisnis", 80), ("Fotografi Produk", "Kreatif", 48),
    ("Keselamatan dan Kesehatan Kerja (K3) Konstruksi", "Konstruksi", 40),
    ("Tukang Batu dan Beton", "Konstruksi", 120),
)
INSTITUTION_WORDS = ["Mandiri", "Karya", "Terampil", "Cipta", "Prima", "Bina", "Nusantara", "Kreasi", "Gemilang", "Harapan", "Sejahtera", "Maju", "Insan", "Cendekia", "Bhakti", "Utama", "Mulia", "Sentosa", "Jaya", "Kencana", "Lestari"]
# Regencies where demo institutions and classes sit (East Java mostly, plus remote offices).
CONTRIBUTION_SOURCES = ("head_office", "head_office", "card", "import")
VERIFY_METHODS = ("card", "jmo", "head_office")
CLASS_REGIONS = ("3578", "3578", "3578", "3515", "3525", "3573", "3507", "3509", "3510",
                 "3171", "3173", "3101", "9106", "9301", "3273", "3374")


@dataclass(frozen=True)
class DemoSummary:
    """Counts of what :func:`fill_demo` created."""

    members: int
    contributions: int
    institutions: int
    classes: int
    enrollments: int
    seconds: float
    users: tuple[tuple[str, str, str], ...]


def _rng_uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _chunks(it: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in it:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Column order of the tuples the factory makes (the bulk writers name them in this order).
MEMBER_COLUMNS = (
    "id", "uuid", "origin_branch", "created_at", "updated_at", "version", "nik", "kk", "kpj",
    "name", "name_norm", "birth_place", "birth_date", "sex", "address", "region_code", "phone",
    "segment", "employment_status", "layoff_date", "membership_status", "membership_since",
    "verified_by", "verified_at", "verified_method", "verified_note", "consent_at",
    "consent_purpose", "nik_warning_reason",
)
CONTRIBUTION_COLUMNS = (
    "uuid", "origin_branch", "created_at", "updated_at", "version", "member_id", "month_from",
    "month_to", "source",
)
# uuid4 bits: version 4 and the RFC 4122 variant, as uuid.UUID(int=..., version=4) sets them.
_UUID_KEEP = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)
_MIN_AGE_DAYS = 18 * 365
_AGE_SPAN = 40 * 365 + 1  # ages 18-58 years, in days
_HISTORY = ((3, 7, 11, 12, 18, 30, 60, 120), (4, 6, 5, 8, 15, 25, 22, 15))


def _cumulative(weights: tuple[int, ...]) -> tuple[list[float], float]:
    total = 0.0
    out = []
    for w in weights:
        total += w
        out.append(total)
    return out, total


class _MemberFactory:
    """Generates member rows and their contribution periods as tuples, in bulk.

    Values are already in the database's text forms (ISO dates, the timestamp text of the
    dialect, 32-hex uuids), so the bulk writers hand them to the driver as they are. Per
    member the work is a few dozen ``random()`` draws and string joins over tables prepared
    once (birth dates, NIK date parts, regions, months): a million members in seconds, not
    the minute ``randint``/``choice``/``date`` arithmetic per row took.
    """

    def __init__(self, rng: random.Random, today: date, branch: str, now_text: str) -> None:
        self.rng = rng
        self.today = today
        self.branch = branch
        self.now_text = now_text
        regencies = [r.code for r in all_regencies() if not r.is_alias]
        east_java = [c for c in regencies if c.startswith("35")]
        self.regions = east_java * 6 + regencies  # ~70% East Java
        unique = sorted(set(self.regions))
        # Per region: its 30 district prefixes and the town part of an address.
        self.districts = {c: [f"{c}{d:02d}" for d in range(1, 31)] for c in unique}
        self.towns = {c: (regency_name(c) or "").title() for c in unique}
        # Per age in days (index 0 = 18 years): birth date text and the NIK's DDMMYY per sex.
        births = [today - timedelta(days=_MIN_AGE_DAYS + k) for k in range(_AGE_SPAN)]
        self.birth_text = [b.isoformat() for b in births]
        self.nik_date = {sex: [encode_nik("350101", b, sex, 1)[6:12] for b in births]
                         for sex in ("L", "P")}
        self.serials = [f"{i:04d}" for i in range(10_000)]
        self.numbers = [str(i) for i in range(251)]
        # Lay-off dates 0-900 days back, with their month.
        offs = [today - timedelta(days=d) for d in range(901)]
        self.day_text = [d.isoformat() for d in offs]
        self.day_month = [d.year * 12 + d.month - 1 for d in offs]
        self.this_month = today.year * 12 + today.month - 1
        self.month_text: dict[int, str] = {}
        self.history_cum, self.history_total = _cumulative(_HISTORY[1])
        # NIKs as ints: a million 16-digit strings in a set took ~100 MB of the peak RSS.
        self.used_niks: set[int] = set()
        # KPJ numbers rise with the member id by random steps (cards issued over the years):
        # unique by construction, and the unique index is appended to instead of filled at
        # random places (a million random inserts cost ~5 s more).
        self.next_kpj = 21_000_000_000
        self.next_js = 100_000_000

    def month(self, index: int) -> str:
        text_ = self.month_text.get(index)
        if text_ is None:
            text_ = self.month_text[index] = date(index // 12, index % 12 + 1, 1).isoformat()
        return text_

    def uuid_hex(self) -> str:
        return "%032x" % ((self.rng.getrandbits(128) & _UUID_KEEP) | _UUID_SET)

    def rows(self, first_id: int, stop_id: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """Members ``first_id`` .. ``stop_id - 1`` and their contribution periods."""
        rnd = self.rng.random
        uuid_hex = self.uuid_hex
        month = self.month
        used = self.used_niks
        branch, now, today_month = self.branch, self.now_text, self.this_month
        regions, n_regions = self.regions, len(self.regions)
        districts, towns, serials, numbers = self.districts, self.towns, self.serials, self.numbers
        birth_text, nik_date = self.birth_text, self.nik_date
        hist_values, hist_cum, hist_total = _HISTORY[0], self.history_cum, self.history_total
        n_male, n_female, n_family = len(MALE_FIRST), len(FEMALE_FIRST), len(FAMILY)
        n_places, n_streets = len(PLACES), len(STREETS)
        laid_off = vocabulary.LAID_OFF_STATUSES
        members: list[tuple[Any, ...]] = []
        contributions: list[tuple[Any, ...]] = []
        for member_id in range(first_id, stop_id):
            if rnd() < 0.55:
                sex, firsts, n_first = "L", MALE_FIRST, n_male
            else:
                sex, firsts, n_first = "P", FEMALE_FIRST, n_female
            first = firsts[int(rnd() * n_first)]
            roll = rnd()
            if roll < 0.12:
                name = first  # single names are common in Java
            elif roll < 0.3:
                name = f"{first} {firsts[int(rnd() * n_first)]} {FAMILY[int(rnd() * n_family)]}"
            else:
                name = f"{first} {FAMILY[int(rnd() * n_family)]}"
            age = int(rnd() * _AGE_SPAN)
            region = regions[int(rnd() * n_regions)]
            mid = nik_date[sex][age]
            region_districts = districts[region]
            for _ in range(50):
                nik = region_districts[int(rnd() * 30)] + mid + serials[1 + int(rnd() * 9999)]
                key = int(nik)
                if key not in used:
                    used.add(key)
                    break
            else:
                raise ServiceError("demo_nik", "Gagal membuat NIK unik untuk data demo.")
            seg_roll = rnd()
            if seg_roll < 0.55:
                segment = "PU"
                pick = rnd() * 10
                employment = "employed" if pick < 5 else "laid_off" if pick < 8 else "contract_ended"
            elif seg_roll < 0.8:
                segment, employment = "BPU", "informal"
            elif seg_roll < 0.9:
                segment, employment = "PMI", "migrant"
            else:
                segment = "JAKON"
                employment = "employed" if rnd() < 0.5 else "contract_ended"
            layoff = None
            layoff_month = 0
            if employment in laid_off:
                back = 15 + int(rnd() * 886)
                layoff = self.day_text[back]
                layoff_month = self.day_month[back]
            mem_roll = rnd()
            if mem_roll < 0.05:
                membership, kpj, since = "none", None, None
                verified_by = verified_at = verified_method = None
            else:
                membership = "active" if mem_roll < 0.93 else "inactive"
                if rnd() < 0.01:
                    # Old Jamsostek cards may carry letters.
                    self.next_js += 1 + int(rnd() * 999)
                    kpj = f"JS{self.next_js:09d}"
                else:
                    self.next_kpj += 1 + int(rnd() * 19_999)  # up to 5M members: < 10^11
                    kpj = f"{self.next_kpj:011d}"
                history = hist_values[bisect_right(hist_cum, rnd() * hist_total)]
                last = today_month if membership == "active" else today_month - 2 - int(rnd() * 19)
                if layoff is not None and layoff_month < last:
                    last = layoff_month
                first_month = last - (history - 1)
                since = month(first_month)
                source = CONTRIBUTION_SOURCES[int(rnd() * 4)]
                if history >= 18 and rnd() < 0.25:
                    gap_start = first_month + 3 + int(rnd() * (history - 10))
                    gap_end = gap_start + 1 + int(rnd() * 4)  # first paid month after the gap
                    contributions.append((uuid_hex(), branch, now, now, 1, member_id, since,
                                          month(gap_start - 1), source))
                    if gap_end <= last:
                        contributions.append((uuid_hex(), branch, now, now, 1, member_id,
                                              month(gap_end), month(last), source))
                else:
                    contributions.append((uuid_hex(), branch, now, now, 1, member_id, since,
                                          month(last), source))
                if rnd() < 0.7:
                    verified_by, verified_at = "petugas", now
                    verified_method = VERIFY_METHODS[int(rnd() * 3)]
                else:
                    verified_by = verified_at = verified_method = None
            members.append((
                member_id, uuid_hex(), branch, now, now, 1, nik,
                region + str(100_000_000_000 + int(rnd() * 900_000_000_000)), kpj,
                name, name.upper(), PLACES[int(rnd() * n_places)], birth_text[age], sex,
                f"{STREETS[int(rnd() * n_streets)]} No. {numbers[1 + int(rnd() * 250)]}, {towns[region]}",
                region, f"08{11 + int(rnd() * 89)}{10_000_000 + int(rnd() * 90_000_000)}",
                segment, employment, layoff, membership, since, verified_by, verified_at,
                verified_method, "", now, CONSENT_PURPOSE, "",
            ))
        return members, contributions


MEMBER_CHUNK = 20_000
# Tables the bulk load writes; their non-unique indexes (and the member name FTS triggers) are
# built once at the end instead of row by row.
_BULK_TABLES = ("member", "contribution_period")
# SQLite page cache of the fill's connection (KiB): 64 MiB; 256 MiB made the peak RSS of a
# million members ~480 MB for no gain in time.
_SQLITE_CACHE_KIB = 65_536
_SQLITE_BULK_JOURNAL = "delete"


def _sqlite_bulk_settings(conn: Any) -> Callable[[], None]:
    """Settings of the fill's SQLite connection for one big transaction; returns their undo.

    A bigger page cache, and a rollback journal instead of WAL while the file has no other
    connection: the rows are then written once into the database file, not first into the
    WAL and again by the checkpoint after the commit (a crash still rolls everything back: the
    journal holds the few pages the fill overwrote). With another connection open the switch
    is refused at once ("database is locked") and the fill runs in WAL mode.
    """
    import sqlite3

    raw = conn.connection.driver_connection
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
    switched = False
    if _SQLITE_BULK_JOURNAL != "wal":
        try:
            mode = raw.execute(f"PRAGMA journal_mode={_SQLITE_BULK_JOURNAL}").fetchone()[0]
            switched = str(mode).lower() == _SQLITE_BULK_JOURNAL
        except sqlite3.OperationalError:
            log.info("demo fill: another connection is open, the fill runs in WAL mode")

    def restore() -> None:
        raw.execute(f"PRAGMA cache_size={cache}")
        if switched:
            try:
                raw.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError:  # the next connection sets WAL (db/engine.py)
                log.warning("demo fill: could not switch the journal back to WAL yet")

    return restore


def _timestamp_text(conn: Any, now: datetime) -> str:
    """``now`` (UTC) as the text the dialect stores for a ``UTCDateTime`` column: SQLAlchemy's
    SQLite format (naive UTC, microseconds) or an ISO timestamp with its offset for COPY."""
    if conn.dialect.name == "sqlite":
        return now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return now.astimezone(UTC).isoformat(sep=" ")


def _verify_checks(raw: Any, table: Table) -> None:
    """Raise when a row of ``table`` violates one of its CHECK constraints (as the database
    would have on insert: a constraint fails when its expression is false, not NULL)."""
    checks = [str(c.sqltext) for c in table.constraints if isinstance(c, CheckConstraint)]
    if not checks:
        return
    where = " OR ".join(f"NOT ({check})" for check in checks)
    bad = raw.execute(f"SELECT count(*) FROM {table.name} WHERE {where}").fetchone()[0]
    if bad:
        raise ServiceError("demo_check", f"Data demo melanggar aturan tabel {table.name} "
                                         f"({bad} baris); data demo tidak disimpan.",
                           {"table": table.name, "rows": bad})


class _BulkLoad:
    """Bulk inserts of the factory's tuples on the demo transaction's own connection.

    SQLite: the driver's ``executemany`` with plain tuples (no per-row SQLAlchemy
    processing). PostgreSQL: ``COPY ... FROM STDIN``. On both, the non-unique indexes of
    ``member`` and ``contribution_period`` are dropped inside the transaction and created again
    at the end (one sort per index instead of a million random B-tree inserts); on SQLite the
    member name FTS triggers likewise, and the FTS index is built with one 'rebuild'. All of it
    is one transaction with the rest of the demo: a crash or an error rolls the indexes back
    with the rows, so a failed fill never leaves a table without its indexes.

    SQLite evaluates a table's CHECK constraints row by row at a high price (the ``IN`` lists
    of ``member``: ~6 us a row, a third of the insert); during the load they are suspended
    (``ignore_check_constraints``) and verified afterwards by one scan per table with the
    same expressions, before anything commits: a violating row fails the whole fill.
    NOT NULL, UNIQUE and foreign keys are enforced as usual.
    """

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        self.raw = conn.connection.driver_connection
        self.deferred: list[str] = []
        self.rebuild_fts = False

    def __enter__(self) -> _BulkLoad:
        if self.dialect == "sqlite":
            self.raw.execute("PRAGMA ignore_check_constraints=ON")
            tables = ",".join(f"'{t}'" for t in _BULK_TABLES)
            rows = self.raw.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                f"tbl_name IN ({tables}) AND (type = 'index' OR "
                "(type = 'trigger' AND name LIKE 'member\\_fts\\_%' ESCAPE '\\'))"
                " ORDER BY type, name").fetchall()
            for kind, name, sql in rows:
                self.raw.execute(f'DROP {kind.upper()} "{name}"')
                self.deferred.append(sql)
                self.rebuild_fts = self.rebuild_fts or kind == "trigger"
        else:
            with self.raw.cursor() as cur:
                cur.execute(
                    "SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
                    "JOIN pg_class c ON c.oid = x.indexrelid "
                    "WHERE x.indrelid = ANY(%s::regclass[]) AND NOT x.indisunique "
                    "AND NOT x.indisprimary ORDER BY c.relname", (list(_BULK_TABLES),))
                for name, sql in cur.fetchall():
                    cur.execute(f'DROP INDEX "{name}"')
                    self.deferred.append(sql)
        return self

    def write(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        names = ", ".join(columns)
        if self.dialect == "sqlite":
            marks = ", ".join("?" * len(columns))
            self.raw.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
            return
        with self.raw.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        if self.dialect == "sqlite":
            self.raw.execute("PRAGMA ignore_check_constraints=OFF")
        if exc_type is not None:
            return  # the transaction's rollback restores the dropped indexes
        if self.dialect == "sqlite":
            for table in _BULK_TABLES:
                _verify_checks(self.raw, Base.metadata.tables[table])
            for sql in self.deferred:
                self.raw.execute(sql)
            if self.rebuild_fts:
                self.raw.execute("INSERT INTO member_fts(member_fts) VALUES ('rebuild')")
        else:
            with self.raw.cursor() as cur:
                for sql in self.deferred:
                    cur.execute(sql)


def _set_pg_sequences(session: Session, tables: list[str]) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        ))


DEMO_MARKER = "demo.fill"


def demo_state(db: Database) -> str:
    """``complete`` (a demo fill committed), ``empty`` (no members, institutions or classes)
    or ``other`` (data that is not a complete demo)."""
    from vokasi_desktop.db.models import AuditEntry

    with db.read() as session:
        if session.execute(select(AuditEntry.id).where(AuditEntry.action == DEMO_MARKER)
                           .limit(1)).first():
            return "complete"
        for model in (Member, Institution, TrainingClass):
            if session.execute(select(model.id).limit(1)).first():
                return "other"
    return "empty"


def fill_demo(db: Database, *, members: int = 2000, seed: int = 2020,
              today: date | None = None, report: Report = no_report) -> DemoSummary:
    """Fill an empty (migrated) database with demo data, all of it in one transaction.

    The branch profile (idempotent) is saved first; everything else (users, institutions,
    classes, members, enrolments, quotas and the ``demo.fill`` audit entry that marks a
    complete demo) commits at once, so a killed fill leaves no half-built data behind.

    Raises ServiceError when the database already holds members, institutions or classes
    (demo data never mixes with real data).
    """
    import time

    started = time.perf_counter()
    today = today or db.clock.today()
    rng = random.Random(seed)
    now = utc_now(db.clock).replace(microsecond=0)

    if demo_state(db) != "empty":
        raise ServiceError(
            "demo_not_empty",
            "Basis data sudah berisi data peserta, lembaga atau kelas; data demo hanya diisi "
            "ke basis data kosong. Gunakan --db untuk basis data baru.",
        )
    set_branch_profile(db, DEMO_BRANCH)  # bootstrap path: refused once a user exists
    # One connection, one transaction for the rest (bulk rows through _BulkLoad).
    with db.engine.execution_options(sqlite_immediate=True).connect() as conn:
        restore = _sqlite_bulk_settings(conn) if db.is_sqlite else None
        try:
            with conn.begin():
                session = Session(bind=conn, join_transaction_mode="rollback_only")
                try:
                    summary = _fill(session, conn, members=members, seed=seed, today=today,
                                    rng=rng, report=report, now=now)
                    session.flush()
                finally:
                    session.close()
        finally:
            if restore is not None:
                restore()
    # Committed through the connection, not an ORM commit: sign the new audit head here.
    audit.checkpoint_head(db)
    if not db.is_sqlite:
        _vacuum_after_bulk_load(db)
    return replace(summary, seconds=time.perf_counter() - started)


def _vacuum_after_bulk_load(db: Database) -> None:
    """PostgreSQL: ``VACUUM (ANALYZE)`` the tables a demo loaded with COPY.

    Freshly copied rows have no visibility map, so the name search's index-only walk along
    ``ix_member_name_norm_id`` fetched every heap row it passed (200,000 members: 16 ms
    median for the first screen instead of 3.5 ms, measured) until autovacuum came by. Also
    gives the planner its statistics at once. Runs after the commit (VACUUM cannot run in a
    transaction); a failure here loses nothing but speed, so it is logged, not raised.
    """
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in ("member", "contribution_period", "enrollment", "training_class",
                          "institution"):
                conn.exec_driver_sql(f"VACUUM (ANALYZE) {table}")
    except SQLAlchemyError:
        log.warning("VACUUM after the demo load failed; autovacuum will do it later",
                    exc_info=True)


def _fill(session: Session, conn: Any, *, members: int, seed: int, today: date,
          rng: random.Random, report: Report, now: datetime) -> DemoSummary:
    branch = DEMO_BRANCH.code
    users: list[tuple[str, str, str]] = []
    # users and peer branches
    for code, name, region in PEER_BRANCHES:
        if not session.execute(select(Branch.id).where(Branch.code == code)).first():
            session.add(Branch(code=code, name=name, region_code=region,
                               kind="regional" if code == "KWJ" else "branch"))
    for username, full_name, role, password in DEMO_USERS:
        if not session.execute(select(User.id).where(User.username == username)).first():
            create_user(session, username, full_name, role, password, actor="demo")
        users.append((username, role, password))

    # Institutions and classes.
    report(Progress(0, 1, "lembaga"))
    institutions: list[dict[str, Any]] = []
    types = ["LPK"] * 14 + ["LKP"] * 8 + ["LSP"] * 5 + ["BLK"] * 7 + ["OTHER"] * 2
    for i, itype in enumerate(types, start=1):
        region = CLASS_REGIONS[i % len(CLASS_REGIONS)]
        city = (regency_name(region) or "").replace("KABUPATEN ", "").replace("KOTA ", "").title()
        word = " ".join(rng.sample(INSTITUTION_WORDS, 2))
        prefix = {"LPK": "LPK", "LKP": "LKP", "LSP": "LSP", "BLK": "UPT BLK", "OTHER": "Yayasan"}[itype]
        name = f"{prefix} {word}" if itype != "BLK" else f"UPT BLK {city}"
        if itype == "BLK" and any(inst["name"] == name for inst in institutions):
            name = f"BLK Komunitas {word}"
        issuer = {
            "LPK": f"Dinas Ketenagakerjaan {city}", "BLK": f"Dinas Ketenagakerjaan {city}",
            "LKP": f"Dinas Pendidikan {city}", "LSP": "Badan Nasional Sertifikasi Profesi",
            "OTHER": f"Dinas Ketenagakerjaan {city}",
        }[itype]
        founded = today - timedelta(days=rng.randint(400, 20 * 365))
        issued = founded + timedelta(days=rng.randint(0, 200))
        expires = today + timedelta(days=rng.randint(120, 5 * 365))
        if i % 9 == 0:
            expires = today - timedelta(days=rng.randint(10, 300))  # expired licence
        if i % 11 == 0:
            founded = today - timedelta(days=rng.randint(60, 300))  # under a year of experience
            issued = founded
        status = "suspended" if i == 17 else "active"
        institutions.append({
            "id": i, "uuid": _rng_uuid(rng), "origin_branch": branch, "created_at": now,
            "updated_at": now, "version": 1, "code": f"{itype[:3]}-{i:03d}", "name": name,
            "type": itype, "ownership": "pemerintah" if itype == "BLK" else "swasta",
            "licence_number": None if i == 23 else f"{rng.randint(100, 999)}/{rng.randint(1000, 9999)}/436.7.{rng.randint(1, 30)}/{issued.year}",
            "licence_issuer": issuer, "licence_issued": issued, "licence_expires": expires,
            "founded_on": founded, "accreditation": rng.choice(("A", "B", "C", "")),
            "accreditation_expires": today + timedelta(days=rng.randint(-100, 1500)),
            "pks_number": None if i % 13 == 0 else f"PKS/{i:03d}/KC-KRJ/{today.year}",
            "pks_from": date(today.year - 1, 1, 1), "pks_to": date(today.year + 1, 12, 31),
            "address": f"{rng.choice(STREETS)} No. {rng.randint(1, 120)}, {city}",
            "region_code": region, "contact_name": rng.choice(MALE_FIRST) + " " + rng.choice(FAMILY),
            "phone": f"0{rng.randint(21, 99)}{rng.randint(10**6, 10**7 - 1)}",
            "email": f"info{i}@lembaga.example.id", "capacity": rng.choice((40, 60, 100, 200)),
            "status": status,
        })
    classes: list[dict[str, Any]] = []
    class_id = 0
    for inst in institutions:
        for _ in range(rng.randint(5, 9)):
            class_id += 1
            title, field, hours = rng.choice(TRAINING_TOPICS)
            phase = rng.random()
            if phase < 0.3:
                start = today - timedelta(days=rng.randint(60, 400))
            elif phase < 0.45:
                start = today - timedelta(days=rng.randint(1, 20))
            else:
                start = today + timedelta(days=rng.randint(3, 120))
            end = start + timedelta(days=max(5, hours // 6))
            if end < today:
                status = "finished"
            elif start <= today:
                status = "running"
            else:
                status = "open"
            mode = rng.choices(("luring", "daring", "blended"), (6, 3, 1))[0]
            classes.append({
                "id": class_id, "uuid": _rng_uuid(rng), "origin_branch": branch,
                "created_at": now, "updated_at": now, "version": 1,
                "code": f"KLS-{start.year}-{class_id:04d}", "institution_id": inst["id"],
                "title": title, "field": field, "hours": hours, "mode": mode,
                "region_code": inst["region_code"],
                "location": "Daring (Zoom)" if mode == "daring" else inst["address"],
                "start_date": start, "end_date": end, "capacity": rng.choice((20, 25, 30, 40)),
                "seats_used": 0, "cost_per_participant": rng.choice((1_500_000, 2_000_000, 2_400_000, 3_000_000)),
                "status": status,
            })
    # institutions, classes, restrictions
    session.execute(insert(Institution), institutions)
    session.execute(insert(TrainingClass), classes)
    # Region restrictions (PSBB): history and a few current ones.
    restrictions = [
        ("3578", date(2020, 4, 28), date(2020, 6, 8), "PSBB Surabaya Raya"),
        ("3515", date(2020, 4, 28), date(2020, 6, 8), "PSBB Surabaya Raya"),
        ("31", date(2020, 4, 10), date(2020, 6, 4), "PSBB DKI Jakarta"),
        ("3171", today - timedelta(days=30), today + timedelta(days=60), "PSBB Jakarta Selatan"),
        ("3173", today - timedelta(days=10), today + timedelta(days=45), "PSBB Jakarta Pusat"),
        ("9301", today - timedelta(days=5), today + timedelta(days=90), "PSBB Merauke"),
    ]
    session.execute(insert(RegionRestriction), [
        {"uuid": _rng_uuid(rng), "origin_branch": branch, "created_at": now,
         "updated_at": now, "version": 1, "region_code": code, "level": "PSBB",
         "date_from": a, "date_to": b, "note": note}
        for code, a, b, note in restrictions
    ])
    _set_pg_sequences(session, ["institution", "training_class"])
    report(Progress(1, 1, "lembaga"))

    # Members and contributions, in bulk chunks (see _BulkLoad).
    factory = _MemberFactory(rng, today, branch, _timestamp_text(conn, now))
    contributions_total = 0
    report(Progress(0, members, "peserta"))
    session.flush()
    with _BulkLoad(conn) as load:
        for first_id in range(1, members + 1, MEMBER_CHUNK):
            stop_id = min(members + 1, first_id + MEMBER_CHUNK)
            member_rows, contribution_rows = factory.rows(first_id, stop_id)
            load.write("member", MEMBER_COLUMNS, member_rows)
            load.write("contribution_period", CONTRIBUTION_COLUMNS, contribution_rows)
            contributions_total += len(contribution_rows)
            report(Progress(stop_id - 1, members, "peserta"))
        del member_rows, contribution_rows
        factory.used_niks.clear()
        report(Progress(members, members, "indeks"))

    # Programme years and quotas; enrolments consistent with seats and budget.
    report(Progress(0, 1, "pendaftaran"))
    enrollments = _demo_enrollments(session, rng, today, now, branch, members, classes)
    _set_pg_sequences(session, ["member", "contribution_period", "enrollment"])
    audit.record(session, "demo", DEMO_MARKER, "database", None, members=members,
                 enrollments=enrollments, seed=seed)
    report(Progress(1, 1, "pendaftaran"))
    return DemoSummary(members, contributions_total, len(institutions), len(classes),
                       enrollments, 0.0, tuple(users))


def _demo_enrollments(session: Session, rng: random.Random, today: date, now: datetime,
                      branch: str, members: int, classes: list[dict[str, Any]]) -> int:
    """Enrol a sample of members across classes, in every status, keeping counters exact."""
    years = sorted({c["start_date"].year for c in classes} | {today.year})
    target = min(max(members // 15, 60), sum(c["capacity"] for c in classes) * 3 // 4)
    candidates = rng.sample(range(1, members + 1), k=min(members, target))
    # The first few enrolments cover every status, whatever the seed.
    forced = [("open", "enrolled"), ("running", "in_training"), ("finished", "completed"),
              ("finished", "not_passed"), ("open", "cancelled")]
    by_phase: dict[str, list[dict[str, Any]]] = {}
    for c in classes:
        by_phase.setdefault(c["status"], []).append(c)
    by_class_used: dict[int, int] = {}
    rows: list[dict[str, Any]] = []
    quota_use: dict[int, list[int]] = {y: [0, 0] for y in years}
    member_busy: set[int] = set()
    rid = 0
    for index, member_id in enumerate(candidates):
        force = forced[index] if index < len(forced) and forced[index][0] in by_phase else None
        klass = rng.choice(by_phase[force[0]]) if force else rng.choice(classes)
        used = by_class_used.get(klass["id"], 0)
        if used >= klass["capacity"] - (3 if klass["status"] == "open" else 0):
            continue
        if member_id in member_busy:
            continue
        member_busy.add(member_id)
        status_by_phase = {
            "finished": ("completed", "completed", "completed", "not_passed", "cancelled"),
            "running": ("in_training", "in_training", "in_training", "cancelled"),
            "open": ("enrolled", "enrolled", "enrolled", "enrolled", "cancelled"),
        }[klass["status"]]
        status = force[1] if force else rng.choice(status_by_phase)
        rid += 1
        enrolled_at = datetime.combine(klass["start_date"] - timedelta(days=rng.randint(3, 40)),
                                       datetime.min.time(), UTC)
        enrolled_at = min(enrolled_at, now)
        if status != "cancelled":
            by_class_used[klass["id"]] = used + 1
            quota_use[klass["start_date"].year][0] += 1
            quota_use[klass["start_date"].year][1] += klass["cost_per_participant"]
        rows.append({
            "id": rid, "uuid": _rng_uuid(rng), "origin_branch": branch, "created_at": enrolled_at,
            "updated_at": enrolled_at, "version": 1, "request_id": f"demo-{rid:08d}",
            "member_id": member_id, "class_id": klass["id"], "status": status,
            "cost": klass["cost_per_participant"], "rule_set_code": "VOKASI-2020",
            "rule_set_version": 1, "verdict": "eligible",
            "eligibility": {"source": "demo", "note": "Data demo; pemeriksaan tidak dijalankan."},
            "override_by": None, "override_reason": "", "enrolled_by": "petugas",
            "enrolled_at": enrolled_at, "status_changed_at": enrolled_at,
            "status_reason": "Mengundurkan diri (data demo)" if status == "cancelled" else "",
            "completion_date": klass["end_date"] if status in ("completed", "not_passed") else None,
            "result": {"completed": "Kompeten", "not_passed": "Belum kompeten"}.get(status, ""),
        })
    # quotas and enrolments, in the demo's transaction
    year_ids: dict[int, int] = {}
    for year in years:
        py = ProgramYear(year=year, national_target=25_000,
                         budget_total=25_000 * 2_400_000, note="Data demo")
        session.add(py)
        session.flush()
        year_ids[year] = py.id
        seats_used, budget_used = quota_use[year]
        seats = max(500, seats_used + 150)
        session.add(BranchQuota(program_year_id=py.id, branch_code=branch, seats=seats,
                                seats_used=seats_used, budget=seats * 2_400_000,
                                budget_used=budget_used))
        for code, _name, _region in PEER_BRANCHES:
            if code != "KWJ":
                session.add(BranchQuota(program_year_id=py.id, branch_code=code,
                                        seats=rng.choice((225, 300, 400)), seats_used=0,
                                        budget=400 * 2_400_000, budget_used=0))
    session.flush()
    quota_ids = {
        year: session.execute(select(BranchQuota.id).where(
            BranchQuota.program_year_id == year_ids[year],
            BranchQuota.branch_code == branch)).scalar_one()
        for year in years
    }
    class_year = {c["id"]: c["start_date"].year for c in classes}
    for row in rows:
        row["branch_quota_id"] = quota_ids[class_year[row["class_id"]]]
    for chunk in _chunks(iter(rows), 5000):
        session.execute(table_of(Enrollment).insert(), chunk)
    for class_id_, used in by_class_used.items():
        session.execute(update(TrainingClass).where(TrainingClass.id == class_id_)
                        .values(seats_used=used))
    return len(rows)

"""Deterministic demo data at branch scale (bulk inserts: a million members in minutes).

Everything comes from one ``random.Random(seed)``, so the same seed gives the same database.
NIKs are consistent with birth date, sex and a real regency; KPJ numbers are unique (a
multiplicative bijection modulo 10^11); contribution histories include short ones and gaps;
institutions include expired licences and ones under a year old; classes are daring and luring
across regions; some regions are under PSBB; enrolments exist in every status.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    Branch,
    BranchQuota,
    ContributionPeriod,
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
from vokasi_desktop.domain.identifiers import Sex, encode_nik
from vokasi_desktop.domain.privacy import CONSENT_PURPOSE
from vokasi_desktop.domain.regions import all_regencies, regency_name
from vokasi_desktop.services import audit
from vokasi_desktop.services.auth import create_user
from vokasi_desktop.services.errors import ServiceError
from vokasi_desktop.services.progress import Progress, Report, no_report
from vokasi_desktop.services.setup import BranchProfile, set_branch_profile

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


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _chunks(it: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in it:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _MemberFactory:
    """Generates member rows and their contribution periods."""

    def __init__(self, rng: random.Random, today: date, branch: str, now: datetime) -> None:
        self.rng = rng
        self.today = today
        self.branch = branch
        self.now = now
        regencies = [r.code for r in all_regencies() if not r.is_alias]
        east_java = [c for c in regencies if c.startswith("35")]
        self.regions = east_java * 6 + regencies  # ~70% East Java
        # NIKs as ints: a million 16-digit strings in a set took ~100 MB of the peak RSS.
        self.used_niks: set[int] = set()
        self.kpj_base = 21_000_000_000

    def nik_for(self, region: str, birth: date, sex: Sex) -> str:
        for _ in range(50):
            district = f"{region}{self.rng.randint(1, 30):02d}"
            nik = encode_nik(district, birth, sex, self.rng.randint(1, 9999))
            key = int(nik)
            if key not in self.used_niks:
                self.used_niks.add(key)
                return nik
        raise ServiceError("demo_nik", "Gagal membuat NIK unik untuk data demo.")

    def member(self, member_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = self.rng
        sex: Sex = "L" if rng.random() < 0.55 else "P"
        first = rng.choice(MALE_FIRST if sex == "L" else FEMALE_FIRST)
        roll = rng.random()
        if roll < 0.12:
            name = first  # single names are common in Java
        elif roll < 0.3:
            name = f"{first} {rng.choice(MALE_FIRST if sex == 'L' else FEMALE_FIRST)} {rng.choice(FAMILY)}"
        else:
            name = f"{first} {rng.choice(FAMILY)}"
        age_days = rng.randint(18 * 365, 58 * 365)
        birth = self.today - timedelta(days=age_days)
        region = rng.choice(self.regions)
        nik = self.nik_for(region, birth, sex)
        seg_roll = rng.random()
        if seg_roll < 0.55:
            segment = "PU"
            employment = rng.choices(("employed", "laid_off", "contract_ended"), (5, 3, 2))[0]
        elif seg_roll < 0.8:
            segment, employment = "BPU", "informal"
        elif seg_roll < 0.9:
            segment, employment = "PMI", "migrant"
        else:
            segment = "JAKON"
            employment = rng.choice(("employed", "contract_ended"))
        layoff = None
        if employment in vocabulary.LAID_OFF_STATUSES:
            layoff = self.today - timedelta(days=rng.randint(15, 900))
        mem_roll = rng.random()
        contributions: list[dict[str, Any]] = []
        if mem_roll < 0.05:
            membership, kpj, since = "none", None, None
        else:
            membership = "active" if mem_roll < 0.93 else "inactive"
            if rng.random() < 0.01:
                # Old Jamsostek cards may carry letters.
                kpj = f"JS{(member_id * 7_919) % 10**9:09d}"
            else:
                kpj = f"{(self.kpj_base + member_id * 7_654_321) % 10**11:011d}"
            history = rng.choices((3, 7, 11, 12, 18, 30, 60, 120), (4, 6, 5, 8, 15, 25, 22, 15))[0]
            last_month = _month_start(self.today) if membership == "active" else _add_months(
                _month_start(self.today), -rng.randint(2, 20))
            if layoff is not None:
                last_month = min(last_month, _month_start(layoff))
            first_month = _add_months(last_month, -(history - 1))
            since = first_month
            source = rng.choice(("head_office", "head_office", "card", "import"))
            if history >= 18 and rng.random() < 0.25:
                gap_start = _add_months(first_month, rng.randint(3, history - 8))
                gap_len = rng.randint(1, 4)
                spans = [(first_month, _add_months(gap_start, -1)),
                         (_add_months(gap_start, gap_len), last_month)]
            else:
                spans = [(first_month, last_month)]
            for a, b in spans:
                if b >= a:
                    contributions.append({
                        "uuid": _rng_uuid(rng), "origin_branch": self.branch,
                        "created_at": self.now, "updated_at": self.now, "version": 1,
                        "member_id": member_id, "month_from": a, "month_to": b, "source": source,
                    })
        street = rng.choice(STREETS)
        row = {
            "id": member_id, "uuid": _rng_uuid(rng), "origin_branch": self.branch,
            "created_at": self.now, "updated_at": self.now, "version": 1,
            "nik": nik, "kk": f"{region}{rng.randint(10**11, 10**12 - 1):012d}", "kpj": kpj,
            "name": name, "name_norm": name.upper(), "birth_place": rng.choice(PLACES),
            "birth_date": birth, "sex": sex,
            "address": f"{street} No. {rng.randint(1, 250)}, {(regency_name(region) or '').title()}",
            "region_code": region, "phone": f"08{rng.randint(11, 99)}{rng.randint(10**7, 10**8 - 1)}",
            "segment": segment, "employment_status": employment, "layoff_date": layoff,
            "membership_status": membership, "membership_since": since,
            "verified_by": "petugas" if kpj else None,
            "verified_at": self.now if kpj and rng.random() < 0.7 else None,
            "verified_method": rng.choice(("card", "jmo", "head_office")) if kpj else None,
            "verified_note": "", "consent_at": self.now,
            "consent_purpose": CONSENT_PURPOSE,
            "nik_warning_reason": "",
        }
        if row["verified_at"] is None:
            row["verified_by"] = None
            row["verified_method"] = None
        return row, contributions


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
    # One connection, one transaction for the rest (Core executemany for the bulk rows).
    with db.engine.execution_options(sqlite_immediate=True).connect() as conn:
        if db.is_sqlite:
            # 64 MiB page cache for this connection: 256 MiB made the peak RSS of a million
            # members ~480 MB for no gain in time (the inserts are in id order).
            conn.exec_driver_sql("PRAGMA cache_size=-65536")
            conn.commit()
        with conn.begin():
            session = Session(bind=conn, join_transaction_mode="rollback_only")
            try:
                summary = _fill(session, conn, members=members, seed=seed, today=today,
                                rng=rng, report=report, now=now)
                session.flush()
            finally:
                session.close()
    # Committed through the connection, not an ORM commit: sign the new audit head here.
    audit.checkpoint_head(db)
    return replace(summary, seconds=time.perf_counter() - started)


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

    # Members and contributions, in bulk chunks.
    factory = _MemberFactory(rng, today, branch, now)
    contributions_total = 0
    chunk_size = 5000
    done = 0
    report(Progress(0, members, "peserta"))
    session.flush()
    # members: Core executemany on the transaction's connection, chunk by chunk
    for start_id in range(1, members + 1, chunk_size):
        member_rows: list[dict[str, Any]] = []
        contribution_rows: list[dict[str, Any]] = []
        for member_id in range(start_id, min(members + 1, start_id + chunk_size)):
            row, contribs = factory.member(member_id)
            member_rows.append(row)
            contribution_rows.extend(contribs)
        conn.execute(table_of(Member).insert(), member_rows)
        if contribution_rows:
            conn.execute(table_of(ContributionPeriod).insert(), contribution_rows)
        contributions_total += len(contribution_rows)
        done += len(member_rows)
        report(Progress(done, members, "peserta"))
    factory.used_niks.clear()

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

"""Kill harness: run a write workload in a child process, SIGKILL it at a random moment, check.

Used by ``tests/db/test_kill.py`` (a few kills per scenario in CI) and by
``tests/benchmarks/bench_kill.py`` (hundreds). The child prints ``DONE <kind> <key>`` (flushed)
after every service call that returned, i.e. every commit the caller saw; after the kill the
parent checks that

* the database is intact (SQLite ``integrity_check``),
* no commit the child reported is missing (lost commits),
* quota and class counters equal the live enrolments,
* every document sequence is gap-free and duplicate-free, every published PDF belongs to a
  registry row with the same hash (a number is either registered or was never published),
* an import file is in the database completely or not at all,
* the audit chain verifies.

Run the child directly: ``python -m tests.killsoak URL SCENARIO OUT_DIR``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from tests.db.factories import as_user

SCENARIOS = ("enrol", "letter", "certificates", "import", "demo")
REPO = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 28)
ACTOR = "petugas"
CERT_CLASS = "KILL-CERT"
ENROL_CLASSES = ("KILL-A", "KILL-B", "KILL-C")
IMPORT_ROWS = int(os.environ.get("VOKASI_KILL_IMPORT_ROWS", "150"))
DEMO_MEMBERS = 3000


# ---------------------------------------------------------------------------- the world

def build_world(url: str, *, members: int = 60, cert_participants: int = 12) -> None:
    """A branch with three open classes, members, and a past class whose participants
    completed (certificates to issue)."""
    from tests.db.factories import add_class, add_institution, add_member, setup_branch
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.migrate import upgrade_database
    from vokasi_desktop.services import enrolment

    db = open_database(url)
    try:
        upgrade_database(db.engine)
        setup_branch(db, seats=10_000)
        inst = add_institution(db)
        for code in ENROL_CLASSES:
            add_class(db, inst, code, capacity=1_000)
        cert_class = add_class(db, inst, CERT_CLASS, capacity=100,
                               start_date=date(2027, 1, 4), end_date=date(2027, 1, 8))
        for _ in range(members):
            add_member(db)
        for i in range(cert_participants):
            mid = add_member(db)
            view = enrolment.enrol(db, mid, cert_class, f"cert-{i}", as_user(db, ACTOR), on_date=TODAY)
            enrolment.change_status(db, view.id, "in_training", as_user(db, ACTOR))
            enrolment.change_status(db, view.id, "completed", as_user(db, ACTOR), result="Lulus")
    finally:
        db.dispose()


def reset_certificates(url: str) -> None:
    """Void the certificates of the certificate class so the next round issues them again."""
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.models import DocumentRecord
    from vokasi_desktop.services import documents

    db = open_database(url)
    try:
        with db.read() as s:
            ids = list(s.execute(select(DocumentRecord.id).where(
                DocumentRecord.doc_type == "certificate",
                DocumentRecord.voided.is_(False))).scalars())
        for doc_id in ids:
            documents.void_document(db, doc_id, as_user(db, "supervisor"), "uji kill: terbitkan ulang")
    finally:
        db.dispose()


def reset_enrolments(url: str) -> None:
    """Cancel the live enrolments of the open kill classes (seats and budget come back, letters
    are voided) so that the next round has work to be killed in."""
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.models import Enrollment, TrainingClass
    from vokasi_desktop.services import enrolment

    db = open_database(url)
    try:
        with db.read() as s:
            ids = list(s.execute(select(Enrollment.id).join(
                TrainingClass, TrainingClass.id == Enrollment.class_id).where(
                TrainingClass.code.in_(ENROL_CLASSES),
                Enrollment.status == "enrolled")).scalars())
        for eid in ids:
            enrolment.change_status(db, eid, "cancelled", as_user(db, "supervisor"), reason="uji kill")
    finally:
        db.dispose()


def write_import_file(path: Path, seed: int, rows: int = IMPORT_ROWS) -> list[str]:
    """A members workbook with ``rows`` new members (NIKs unique per seed); returns the NIKs."""
    from openpyxl import load_workbook

    from vokasi_desktop.domain.identifiers import encode_nik
    from vokasi_desktop.services.imports import write_import_template

    template = write_import_template("members", path.with_name(f"template-{seed}.xlsx"))
    wb = load_workbook(template)
    ws = wb["Data"]
    headers = [c.value for c in ws[1]]
    niks = []
    for i in range(rows):
        n = seed * rows + i
        birth = date(1970, 1, 1) + timedelta(days=n % 10_000)
        nik = encode_nik("357801", birth, "P", 1 + n // 10_000 % 9999)
        niks.append(nik)
        values: dict[str, Any] = {
            "NIK": nik, "Nama": f"Impor Uji {seed}-{i}", "Tanggal Lahir": birth,
            "Jenis Kelamin": "P", "KPJ": f"{50_000_000_000 + n}", "Segmen": "BPU",
            "Status Pekerjaan": "informal", "Status Kepesertaan": "aktif",
            "Terdaftar Sejak": date(2016, 1, 1)}
        ws.append([values.get(h) for h in headers])
        for col, header in enumerate(headers, start=1):
            if header in ("NIK", "KPJ"):
                cell = ws.cell(ws.max_row, col)
                cell.data_type = "s"
    out = path.with_suffix(".tmp.xlsx")
    wb.save(out)
    os.replace(out, path)
    return niks


# ---------------------------------------------------------------------------- child side

def _say(kind: str, key: str) -> None:
    sys.stdout.write(f"DONE {kind} {key}\n")
    sys.stdout.flush()


def child(url: str, scenario: str, out_dir: Path, seed: int) -> None:
    """The workload (runs until killed or out of work)."""
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.models import DocumentRecord, Enrollment, Member, TrainingClass
    from vokasi_desktop.services import documents, enrolment, imports

    if scenario == "demo":
        from vokasi_desktop.cli import main

        sys.exit(main(["--db", url, "demo", "--members", str(DEMO_MEMBERS), "--seed", str(seed)]))
    db = open_database(url)
    rng = random.Random(seed)
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    if scenario == "enrol":
        with db.read() as s:
            classes = list(s.execute(select(TrainingClass.id).where(
                TrainingClass.code.in_(ENROL_CLASSES))).scalars())
            members = list(s.execute(select(Member.id).order_by(Member.id)).scalars())
        rng.shuffle(members)
        for n, mid in enumerate(members):
            req = f"kill-{seed}-{n}"
            try:
                enrolment.enrol(db, mid, rng.choice(classes), req, as_user(db, ACTOR), on_date=TODAY)
            except Exception as exc:  # refusals (already enrolled elsewhere...) are fine
                if type(exc).__name__ not in ("ConflictError", "NotEligibleError",
                                              "OverrideRequiredError", "QuotaExhaustedError"):
                    raise
                continue
            _say("enrol", req)
    elif scenario == "letter":
        with db.read() as s:
            done = set(s.execute(select(DocumentRecord.enrollment_id).where(
                DocumentRecord.doc_type == "letter")).scalars())
            todo = [e for e in s.execute(select(Enrollment.id).where(
                Enrollment.status == "enrolled").order_by(Enrollment.id)).scalars()
                if e not in done]
        for eid in todo:
            issued = documents.issue_letter(db, eid, as_user(db, ACTOR), out_dir / f"surat-{eid}.pdf")
            _say("doc", issued.number)
    elif scenario == "certificates":
        with db.read() as s:
            cid = s.execute(select(TrainingClass.id).where(
                TrainingClass.code == CERT_CLASS)).scalar_one()
        issued_list = documents.issue_class_certificates(db, cid, as_user(db, ACTOR), out_dir, workers=1)
        for issued in issued_list:
            _say("doc", issued.number)
    elif scenario == "import":
        path = out_dir / f"impor-{seed}.xlsx"
        niks = write_import_file(path, seed)
        sys.stdout.write("FILE " + hashlib.sha256(",".join(niks).encode()).hexdigest() + "\n")
        sys.stdout.flush()
        result = imports.import_file(db, "members", path, as_user(db, "supervisor"), today=TODAY)
        if result.committed:
            _say("import", str(seed))
    db.dispose()


# ---------------------------------------------------------------------------- parent side

@dataclass
class KillReport:
    """What one soak run found."""

    kills: int = 0
    finished: int = 0
    commits_seen: int = 0
    lost_commits: int = 0
    violations: list[str] = field(default_factory=list)

    def merge(self, other: KillReport) -> None:
        self.kills += other.kills
        self.finished += other.finished
        self.commits_seen += other.commits_seen
        self.lost_commits += other.lost_commits
        self.violations.extend(other.violations)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_once(url: str, scenario: str, out_dir: Path, seed: int, *,
             max_delay: float, min_delay: float = 0.0) -> tuple[list[str], bool]:
    """Start the child, kill it after a random delay; return its DONE lines and whether it
    was killed (False: it finished first).

    The delay counts from the child's READY line (its workload starts); for ``demo`` from
    the first progress line of the member phase, so the kill lands inside the writes.
    """
    proc = subprocess.Popen([sys.executable, "-m", "tests.killsoak", url, scenario,
                             str(out_dir), str(seed)], cwd=REPO, env=_child_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    ready = threading.Event()

    errors: list[str] = []

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("READY") or line.startswith("FILE"):
                ready.set()
        ready.set()

    def pump_err() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            errors.append(line)
            if scenario == "demo" and "peserta:" in line:
                ready.set()
        ready.set()

    reader = threading.Thread(target=pump, daemon=True)
    err_reader = threading.Thread(target=pump_err, daemon=True)
    reader.start()
    err_reader.start()
    ready.wait(timeout=120)
    with contextlib.suppress(subprocess.TimeoutExpired):  # kill after the delay unless done
        proc.wait(timeout=random.Random(seed).uniform(min_delay, max_delay))
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=120)
    reader.join(timeout=10)
    err_reader.join(timeout=10)
    if not killed and proc.returncode != 0:
        raise RuntimeError(f"child {scenario} failed without a kill: {''.join(errors)[-2000:]}")
    return [ln for ln in lines if ln.startswith("DONE ")], killed


def check(url: str, out_dirs: list[Path], done: list[str],
          import_files: dict[int, list[str]] | None = None) -> KillReport:
    """Check every invariant; return the lost commits and violations found."""
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.models import (
        BranchQuota,
        DocumentRecord,
        DocumentSequence,
        Enrollment,
        Member,
        TrainingClass,
    )
    from vokasi_desktop.documents.signing import extract_qr_text_from_pdf
    from vokasi_desktop.services import audit

    report = KillReport()
    db = open_database(url)
    try:
        with db.read() as s:
            if db.is_sqlite:
                res = s.execute(text("PRAGMA integrity_check")).scalar()
                if res != "ok":
                    report.violations.append(f"integrity_check: {res}")
            # lost commits
            for line in done:
                _, kind, key = line.split(" ", 2)
                report.commits_seen += 1
                if kind == "enrol":
                    found = s.execute(select(Enrollment.id).where(
                        Enrollment.request_id == key)).first()
                elif kind == "doc":
                    found = s.execute(select(DocumentRecord.id).where(
                        DocumentRecord.number == key)).first()
                elif kind == "import":
                    niks = (import_files or {}).get(int(key), [])
                    n = s.execute(select(func.count(Member.id)).where(
                        Member.nik.in_(niks))).scalar_one()
                    found = (1,) if niks and n == len(niks) else None
                else:
                    found = None
                if found is None:
                    report.lost_commits += 1
                    report.violations.append(f"lost commit: {line}")
            # counters equal live enrolments
            live = Enrollment.status != "cancelled"
            for q in s.execute(select(BranchQuota)).scalars():
                seats, cost = s.execute(
                    select(func.count(Enrollment.id), func.coalesce(func.sum(Enrollment.cost), 0))
                    .where(live, Enrollment.branch_quota_id == q.id)).one()
                if (q.seats_used, q.budget_used) != (seats, cost):
                    report.violations.append(
                        f"quota {q.id}: counters {q.seats_used}/{q.budget_used}, "
                        f"live enrolments {seats}/{cost}")
            for c in s.execute(select(TrainingClass)).scalars():
                n = s.execute(select(func.count(Enrollment.id)).where(
                    live, Enrollment.class_id == c.id)).scalar_one()
                if c.seats_used != n:
                    report.violations.append(f"class {c.code}: seats_used {c.seats_used}, "
                                             f"live {n}")
            # documents: sequences gap-free, published files registered with their hash
            for seq in s.execute(select(DocumentSequence)).scalars():
                used = sorted(s.execute(select(DocumentRecord.sequence).where(
                    DocumentRecord.origin_branch == seq.branch_code,
                    DocumentRecord.doc_type == seq.doc_type,
                    DocumentRecord.year == seq.year)).scalars())
                if used != list(range(1, seq.last_value + 1)):
                    report.violations.append(
                        f"sequence {seq.doc_type}/{seq.year}: counter {seq.last_value}, "
                        f"registered {used[:5]}...{used[-5:]} ({len(used)})")
            registry = {r.qr_text: r for r in s.execute(select(DocumentRecord)).scalars()}
            for out in out_dirs:
                for pdf in sorted(out.rglob("*")):
                    if not pdf.is_file() or pdf.suffix not in (".pdf", ".tmp"):
                        continue
                    qr = extract_qr_text_from_pdf(pdf)
                    if qr is None:
                        if pdf.suffix == ".pdf":
                            report.violations.append(f"unreadable published PDF {pdf.name}")
                        continue  # a half-written temporary file carries no usable code
                    rec = registry.get(qr)
                    if rec is None:
                        report.violations.append(f"signed file {pdf.name} has no registry row")
                    elif pdf.suffix == ".pdf" and hashlib.sha256(
                            pdf.read_bytes()).hexdigest() != rec.pdf_sha256:
                        report.violations.append(f"{pdf.name}: hash differs from registry")
            # imports are all or nothing
            for seed, niks in (import_files or {}).items():
                n = s.execute(select(func.count(Member.id)).where(
                    Member.nik.in_(niks))).scalar_one()
                if n not in (0, len(niks)):
                    report.violations.append(f"import {seed}: {n} of {len(niks)} rows present")
        # the chain and the signed checkpoints kept outside the database
        chain = audit.verify(db)
        if not chain.ok:
            report.violations.append(f"audit: {chain.problem} at {chain.broken_at}: "
                                     f"{chain.message}")
    finally:
        db.dispose()
    return report


def soak(url: str, scenario: str, work: Path, *, kills: int, max_delay: float,
         seed0: int = 1, refill: bool = False) -> KillReport:
    """``kills`` rounds of run-kill-check for one scenario on an existing world at ``url``.

    ``refill``: before each round, give the workload new work (cancel the enrolments so they
    can be made again; for letters, new enrolments), so that late rounds are killed mid-work
    instead of finding nothing to do.
    """
    total = KillReport()
    out = work / scenario
    out.mkdir(parents=True, exist_ok=True)
    import_files: dict[int, list[str]] = {}
    all_done: list[str] = []
    for i in range(kills):
        seed = seed0 + i
        if scenario == "certificates":
            reset_certificates(url)
        elif scenario == "enrol" and refill:
            reset_enrolments(url)
        elif scenario == "letter" and refill:
            reset_enrolments(url)
            soak(url, "enrol", work, kills=1, max_delay=60.0, seed0=seed0 * 1000 + i)
        done, killed = run_once(url, scenario, out, seed, max_delay=max_delay)
        if scenario == "import":
            import_files[seed] = _niks_of(out / f"impor-{seed}.xlsx")
        all_done.extend(done)
        total.kills += int(killed)
        total.finished += int(not killed)
        found = check(url, [out], all_done, import_files)
        total.violations.extend(found.violations)
        total.lost_commits = found.lost_commits
        total.commits_seen = found.commits_seen
    return total


def _niks_of(path: Path) -> list[str]:
    if not path.exists():
        return []
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    col = next(i for i, h in enumerate(rows[0]) if h and "NIK" in str(h).upper())
    return [str(r[col]) for r in rows[1:] if r and r[col]]


def demo_soak(work: Path, *, kills: int, max_delay: float, min_delay: float = 0.3,
              seed0: int = 1) -> KillReport:
    """Kill ``demo`` while it builds a fresh database; ``demo --if-empty`` must then leave a
    complete demo database (or a clear refusal), never a crash or a half-built one."""
    from vokasi_desktop.cli import main
    from vokasi_desktop.db.engine import open_database
    from vokasi_desktop.db.models import Member

    total = KillReport()
    for i in range(kills):
        path = work / f"demo-{i}.sqlite3"
        url = f"sqlite:///{path}"
        _done, killed = run_once(url, "demo", work, seed0 + i, max_delay=max_delay,
                                 min_delay=min_delay)
        total.kills += int(killed)
        total.finished += int(not killed)
        try:
            rc = main(["--db", url, "demo", "--members", str(DEMO_MEMBERS), "--seed",
                       str(seed0 + i), "--if-empty"])
        except Exception as exc:  # a traceback reaching the user is a violation too
            total.violations.append(f"demo --if-empty after a kill raised {type(exc).__name__}")
            continue
        if rc != 0:
            total.violations.append(f"demo --if-empty after a kill exited {rc}")
            continue
        db = open_database(url)
        try:
            with db.read() as s:
                n = s.execute(select(func.count(Member.id))).scalar_one()
        finally:
            db.dispose()
        if n != DEMO_MEMBERS:
            total.violations.append(f"demo after kill + --if-empty: {n} members, not {DEMO_MEMBERS}")
        found = check(url, [], [])
        total.violations.extend(found.violations)
    return total


def describe(report: KillReport) -> dict[str, Any]:
    return {"kills": report.kills, "finished_before_kill": report.finished,
            "commits_seen": report.commits_seen, "lost_commits": report.lost_commits,
            "violations": len(report.violations)}


if __name__ == "__main__":
    child(sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))

"""Read-only queries behind the records tables (members, institutions, classes, enrolments).

Big tables are browsed the way Anki's browser does it (STYLE.md): a query returns only the
ids of the current filter, in the requested order (SQL ``ORDER BY`` on an indexed column, with
``id`` as the tie-breaker), as a compact ``array('q')`` (8 bytes per row: 8 MB for a million
members); rows are then fetched by id, a page at a time, when the view paints them. Sorting
and filtering never happen in Python.

Every function opens its own short read session, so it can run on any worker thread, and
returns frozen dataclasses. Sort keys are names from ``*_SORTS``; each maps to an indexed
column for the big tables (an unindexed ``ORDER BY`` at offset 500k costs seconds).
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.models import (
    Enrollment,
    Institution,
    Member,
    TrainingClass,
)
from vokasi_desktop.db.search import fts5_query, member_name_clause, name_tokens
from vokasi_desktop.domain.identifiers import (
    clean_identifier,
    is_probably_kpj,
    is_probably_nik,
    mask_nik,
    mask_nik_digits,
)
from vokasi_desktop.domain.licence import EXPIRY_WARNING_DAYS, LicenceState, licence_state
from vokasi_desktop.domain.periods import local_day_start
from vokasi_desktop.domain.regions import regency_name
from vokasi_desktop.domain.text import LIKE_ESCAPE, escape_like
from vokasi_desktop.services.branch import local_branch as local_branch  # re-exported
from vokasi_desktop.services.catalog import QuotaView, get_quota
from vokasi_desktop.services.progress import NEVER_CANCELLED, CancelToken

SortColumns = tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]
IdList = array[int]  # array('q') of row ids, in display order
IdBatchCallback = Callable[[IdList], None]

_FIRST_BATCH = 2_000
_ID_BATCH = 50_000
_FIRST_BATCH_PAUSE_S = 0.05
LICENCE_WARNING_DAYS = EXPIRY_WARNING_DAYS  # days before expiry that warn (domain.licence)



SEARCH_MAX_CHARS = 100
SEARCH_MAX_WORDS = 8


def search_text(text: str) -> str:
    """A search box's text, capped: at most :data:`SEARCH_MAX_CHARS` characters (no name,
    code or number is longer) so a pasted megabyte cannot become a slow query."""
    return (text or "")[:SEARCH_MAX_CHARS].strip()


def _search_words(text: str) -> list[str]:
    return search_text(text).split()[:SEARCH_MAX_WORDS]


def _contains(column: Any, word: str) -> ColumnElement[bool]:
    """``upper(column) LIKE '%word%'`` with ``%``, ``_`` and ``\\`` in ``word`` taken literally."""
    return func.upper(column).like(f"%{escape_like(word.upper())}%", escape=LIKE_ESCAPE)


@lru_cache(maxsize=1024)
def _region_name(code: str | None) -> str:
    if not code:
        return ""
    return (regency_name(code) or "").title()


def _masked(nik: str) -> str:
    """Mask a stored NIK (always 16 clean digits) without the general regex."""
    if len(nik) == 16 and nik.isdigit():
        return mask_nik_digits(nik)
    return mask_nik(nik)


def _fetch_ids(session: Session | Connection, stmt: Select[Any], cancel: CancelToken,
               on_batch: IdBatchCallback | None = None, *, head: IdList | None = None) -> IdList:
    """Run an id query and pack the ids into an array.

    Rows are read straight from the DBAPI cursor (SQLAlchemy compiled the statement and bound
    the parameters): a million integer rows through SQLAlchemy's row objects cost ~2 s, through
    the cursor ~0.8 s. ``cancel`` is checked between batches; ``on_batch`` receives each new
    slice (a copy), the first one small so a table can show its first screen early.
    """
    ids: IdList = array("q")
    skip = 0
    if head is not None:  # the first rows were already read and delivered
        ids.extend(head)
        skip = len(head)
    # No ``stream_results``: SQLAlchemy's buffered (streaming) strategy pre-reads rows from
    # the cursor, which reading the cursor directly would then miss.
    conn = session.connection() if isinstance(session, Session) else session
    result = conn.execute(stmt)
    cursor = result.cursor
    try:
        size = _FIRST_BATCH
        while True:
            cancel.raise_if_cancelled()
            batch = cursor.fetchmany(size)
            if not batch:
                break
            if skip:
                dropped = min(skip, len(batch))
                skip -= dropped
                if dropped == len(batch):
                    continue
                chunk = array("q", map(itemgetter(0), batch[dropped:]))
            else:
                chunk = array("q", map(itemgetter(0), batch))
            ids.extend(chunk)
            if on_batch is not None:
                on_batch(chunk)
                if len(batch) == size:
                    # More rows follow. Reading a million rows keeps this thread busy in
                    # Python, and a GUI thread painting the first screen would wait for the GIL
                    # at every model call: step aside briefly after the first batch, and
                    # between batches.
                    time.sleep(_FIRST_BATCH_PAUSE_S if size == _FIRST_BATCH else 0)
            size = _ID_BATCH
    finally:
        result.close()
    return ids


def _order(sorts: dict[str, SortColumns], sort: str,
           descending: bool) -> list[ColumnElement[Any]]:
    try:
        columns = sorts[sort]
    except KeyError:
        raise ValueError(f"unknown sort key {sort!r}; known: {sorted(sorts)}") from None
    return [c.desc() if descending else c.asc() for c in columns]


def _in_order(ids: Sequence[int], rows: Iterable[Any], key: Callable[[Any], int]) -> list[Any]:
    by_id = {key(r): r for r in rows}
    return [by_id[i] for i in ids if i in by_id]


# --------------------------------------------------------------------------------------------
# Members


@dataclass(frozen=True)
class MemberFilter:
    """What the members table shows.

    ``text`` is a name (word prefix), or an exact NIK (16 digits; spaces/dots allowed) or
    KPJ (11 characters). ``region_code`` is a 2-digit province or a 4-digit regency prefix.
    """

    text: str = ""
    segment: str | None = None
    employment_status: str | None = None
    membership_status: str | None = None
    region_code: str | None = None
    unverified: bool = False  # a KPJ whose verification is not recorded yet


@dataclass(frozen=True)
class MemberRow:
    """One line of the members table; the NIK is masked."""

    id: int
    nik_masked: str
    kpj: str | None
    name: str
    birth_date: date
    sex: str
    region_code: str
    region_name: str
    segment: str
    employment_status: str
    membership_status: str
    phone: str


MEMBER_SORTS: dict[str, SortColumns] = {
    "name": (Member.name_norm, Member.id),
    "birth_date": (Member.birth_date, Member.id),
    "segment": (Member.segment, Member.id),
    "region": (Member.region_code, Member.id),
    "employment_status": (Member.employment_status, Member.id),
    "kpj": (Member.kpj,),
    "id": (Member.id,),
}


def search_kind(text: str) -> Literal["empty", "nik", "kpj", "digits", "name"]:
    """How a search text is read: an exact NIK, an exact KPJ, a partial number or a name."""
    cleaned = clean_identifier(text)
    if not cleaned:
        return "empty"
    if is_probably_nik(text):
        return "nik"
    if is_probably_kpj(text):
        return "kpj"
    if cleaned.isdigit():
        return "digits"
    return "name"


def _member_text_clause(session: Session | Connection,
                        text: str) -> ColumnElement[bool] | None:
    kind = search_kind(text)
    if kind == "empty":
        return None
    if kind == "nik":
        return Member.nik == clean_identifier(text)
    if kind == "kpj":
        return Member.kpj == clean_identifier(text).upper()
    if kind == "digits":
        # A partial NIK/KPJ: no prefix search on identity numbers (they are masked).
        return Member.id < 0
    # Punctuation only (no usable word): no name filter at all.
    return member_name_clause(session, text)


def _member_where(session: Session | Connection,
                  flt: MemberFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    text_clause = _member_text_clause(session, search_text(flt.text))
    if text_clause is not None:
        where.append(text_clause)
    if flt.segment:
        where.append(Member.segment == flt.segment)
    if flt.employment_status:
        where.append(Member.employment_status == flt.employment_status)
    if flt.membership_status:
        where.append(Member.membership_status == flt.membership_status)
    if flt.unverified:
        where.append(and_(Member.kpj.is_not(None), Member.verified_at.is_(None)))
    if flt.region_code:
        code = flt.region_code.strip()
        if len(code) >= 4:
            where.append(Member.region_code == code[:4])
        else:
            # Province: a range on the indexed code (LIKE would not use the index everywhere).
            where.append(and_(Member.region_code >= code, Member.region_code < code + "\uffff"))
    return where


def member_ids(db: Database, flt: MemberFilter, sort: str = "name", descending: bool = False,
               *, cancel: CancelToken = NEVER_CANCELLED,
               on_batch: IdBatchCallback | None = None) -> IdList:
    """Ids of the members matching ``flt`` in display order.

    A common name on a big SQLite database (the first search of a branch morning, disk cache
    cold) is first answered with one screen read along the name index (:func:`_name_head`),
    delivered at once; the full list follows.
    """
    # A bare connection (no ORM Session): this runs for every keystroke pause in the search box.
    with db.engine.connect() as conn:
        query = _name_only_query(conn, flt) if sort == "name" else None
        if query is not None:  # the common search: a statement built once
            stmt: Select[Any] = _NAME_IDS[descending].params(fts_query=query)
        else:
            stmt = select(Member.id).where(*_member_where(conn, flt)).order_by(
                *_order(MEMBER_SORTS, sort, descending)
            )
        head = _name_head(conn, flt, sort, descending) if on_batch is not None else None
        if head and on_batch is not None:
            on_batch(array("q", head))
        return _fetch_ids(conn, stmt, cancel, on_batch, head=head)


def _name_only_query(conn: Connection, flt: MemberFilter) -> str | None:
    """The FTS5 query of a name search without other filters on SQLite, else ``None``."""
    if (conn.dialect.name != "sqlite"
            or search_kind(search_text(flt.text)) != "name"
            or replace(flt, text="") != MemberFilter()):
        return None
    tokens = name_tokens(search_text(flt.text))
    return fts5_query(tokens) if tokens else None


_FTS_COUNT = text("SELECT count(*) FROM member_fts WHERE member_fts MATCH :q")
# A name-only search in name order (SQLite): what member_ids builds for it, built once.
_NAME_IDS = {
    descending: select(Member.id).where(text(
        "member.id IN (SELECT rowid FROM member_fts WHERE member_fts MATCH :fts_query)"
    )).order_by(*_order(MEMBER_SORTS, "name", descending))
    for descending in (False, True)
}


HEAD_ROWS = 50
"""Ids in the first screen of a name search read along the name index: one screen (about
30 rows are visible). Each id past the first costs a longer walk along the index (1M members,
common words: 200 ids 27 ms, 50 ids 11 ms); the table model fetches the page again when the
rest of the ids arrive."""
HEAD_MIN_MATCHES = 2_000
"""Below this many matches the whole search is fast anyway (a small sort)."""


def _name_head(session: Connection, flt: MemberFilter, sort: str,
               descending: bool) -> IdList | None:
    """The first :data:`HEAD_ROWS` ids of a name-only search in name order, or ``None``.

    SQLite's planner reads every match's row to sort them (25,000 random reads for "wahyu"
    on a million members: 1.3-1.8 s with a cold disk cache). Walking the covering
    ``(name_norm, id)`` index in order and keeping the ids the full-text index matched finds
    the first screen in ~0.15 s. Only for a name search without other filters, sorted by
    name, with many matches (counted in the full-text index alone, which is cheap).

    Where the time goes (1M members, warm, medians): count 1.4-2.4 ms; reading every matching
    rowid for the IN set 6-10 ms ("siti" 11,500, "wahyu" 25,400 matches); the walk adds
    0.5-15 ms depending on where the matches fall in name order. The unsorted raw FTS5 floor
    is 0.8-2.2 ms, so this path stays at ~10-25x it: 1.5x needs FTS5 rowid order equal to
    name order (a sort-position content_rowid). Without the count a word with no or few
    matches would walk the whole index (~105 ms).
    """
    if sort != "name":
        return None
    if session.dialect.name != "sqlite":
        return _name_head_pg(session, flt, descending)
    query = _name_only_query(session, flt)
    if query is None:
        return None
    matches = session.execute(_FTS_COUNT, {"q": query}).scalar_one()
    if matches < HEAD_MIN_MATCHES:
        return None
    direction = "DESC" if descending else "ASC"
    rows = session.execute(text(
        "SELECT id FROM member INDEXED BY ix_member_name_norm_id "
        "WHERE id IN (SELECT rowid FROM member_fts WHERE member_fts MATCH :q) "
        f"ORDER BY name_norm {direction}, id {direction} LIMIT :n"),
        {"q": query, "n": HEAD_ROWS}).scalars().all()
    return array("q", rows)


def _name_head_pg(session: Connection, flt: MemberFilter, descending: bool) -> IdList | None:
    """PostgreSQL: the first :data:`HEAD_ROWS` ids of a name-only search in name order.

    ``ORDER BY name_norm, id LIMIT`` lets the planner walk the ``(name_norm, id)`` index and
    test the word-prefix condition on the index entries until a screen is full, where the
    full answer needs every match found (trigram index) and sorted first. No count first:
    on PostgreSQL counting the matches costs as much as finding them.
    """
    if search_kind(search_text(flt.text)) != "name" or replace(flt, text="") != MemberFilter():
        return None
    clause = member_name_clause(session, search_text(flt.text))
    if clause is None:
        return None
    rows = session.execute(
        select(Member.id).where(clause).order_by(*_order(MEMBER_SORTS, "name", descending))
        .limit(HEAD_ROWS)).scalars().all()
    return array("q", rows)


def member_count(db: Database, flt: MemberFilter = MemberFilter()) -> int:
    """Number of members matching ``flt``.

    A name-only search on SQLite counts in the full-text index alone (one row per member,
    kept in step by triggers): no member row is read, which keeps the footer and the first
    screen fast with a cold disk cache.
    """
    with db.engine.connect() as conn:
        query = _name_only_query(conn, flt)
        if query is not None:
            return int(conn.execute(_FTS_COUNT, {"q": query}).scalar_one())
        stmt = select(func.count()).select_from(Member).where(*_member_where(conn, flt))
        return int(conn.execute(stmt).scalar_one())


_M = Member.__table__
_MEMBER_ROWS = select(
    _M.c.id, _M.c.nik, _M.c.kpj, _M.c.name, _M.c.birth_date, _M.c.sex, _M.c.region_code,
    _M.c.segment, _M.c.employment_status, _M.c.membership_status, _M.c.phone,
).where(_M.c.id.in_(bindparam("ids", expanding=True)))


def member_rows(db: Database, ids: Sequence[int]) -> list[MemberRow]:
    """Rows for ``ids`` (a page), in the same order; ids that vanished are skipped."""
    if not ids:
        return []
    # Every page the table paints: one statement built at import, on a bare connection.
    with db.engine.connect() as conn:
        rows = conn.execute(_MEMBER_ROWS, {"ids": list(ids)}).all()
    # Plain tuple unpacking: a Row's attribute access costs more than building the row.
    by_id = {
        id_: MemberRow(id_, _masked(nik), kpj, name, birth_date, sex, region,
                       _region_name(region), segment, employment, membership, phone or "")
        for (id_, nik, kpj, name, birth_date, sex, region, segment, employment, membership,
             phone) in rows
    }
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class MemberNotes:
    """Member fields the edit dialog needs that ``MemberView`` does not carry."""

    consent_purpose: str
    nik_warning_reason: str


def member_notes(db: Database, member_id: int) -> MemberNotes | None:
    """Consent purpose and NIK-warning reason of a member (None when it no longer exists)."""
    with db.read() as session:
        row = session.execute(
            select(Member.consent_purpose, Member.nik_warning_reason).where(Member.id == member_id)
        ).first()
    return None if row is None else MemberNotes(row[0] or "", row[1] or "")


# --------------------------------------------------------------------------------------------
# Institutions


def _one_year_after(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def experience_under_a_year(founded_on: date | None, on: date) -> bool | None:
    """True when the institution has less than one year of experience on ``on``; None if
    the founding/first-activity date is unknown."""
    if founded_on is None:
        return None
    return _one_year_after(founded_on) > on


@dataclass(frozen=True)
class InstitutionFilter:
    """What the institutions table shows; ``expiring_within_days`` keeps licences that end
    within that many days (expired ones included)."""

    text: str = ""
    type: str | None = None
    status: str | None = None
    licence_state: LicenceState | None = None
    expiring_within_days: int | None = None
    under_a_year: bool = False


@dataclass(frozen=True)
class InstitutionRow:
    """One line of the institutions table, with the licence and experience verdicts."""

    id: int
    code: str
    name: str
    type: str
    licence_number: str | None
    licence_issuer: str | None
    licence_expires: date | None
    licence_state: LicenceState
    founded_on: date | None
    under_a_year: bool | None
    accreditation: str
    pks_number: str | None
    region_code: str
    region_name: str
    phone: str
    status: str


INSTITUTION_SORTS: dict[str, SortColumns] = {
    "name": (Institution.name, Institution.id),
    "code": (Institution.code,),
    "type": (Institution.type, Institution.name, Institution.id),
    "licence_expires": (Institution.licence_expires, Institution.id),
    "founded_on": (Institution.founded_on, Institution.id),
    "region": (Institution.region_code, Institution.id),
    "status": (Institution.status, Institution.id),
}


def _institution_where(flt: InstitutionFilter, today: date) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    for word in _search_words(flt.text):
        where.append(or_(_contains(Institution.name, word), _contains(Institution.code, word),
                         _contains(func.coalesce(Institution.licence_number, ""), word)))
    if flt.type:
        where.append(Institution.type == flt.type)
    if flt.status:
        where.append(Institution.status == flt.status)
    warn_until = today + timedelta(days=LICENCE_WARNING_DAYS)
    # The SQL twin of domain.licence.licence_state (a test compares them row by row).
    has_number = and_(Institution.licence_number.is_not(None),
                      func.trim(Institution.licence_number) != "")
    in_force = and_(has_number, or_(Institution.licence_issued.is_(None),
                                    Institution.licence_issued <= today))
    expires = Institution.licence_expires
    if flt.licence_state == "missing":
        where.append(~has_number)
    elif flt.licence_state == "not_yet":
        where.append(and_(has_number, Institution.licence_issued > today))
    elif flt.licence_state == "expired":
        where.append(and_(in_force, expires < today))
    elif flt.licence_state == "expiring":
        where.append(and_(in_force, expires >= today, expires <= warn_until))
    elif flt.licence_state == "valid":
        where.append(and_(in_force, or_(expires.is_(None), expires > warn_until)))
    if flt.expiring_within_days is not None:
        where.append(Institution.licence_expires <= today + timedelta(
            days=flt.expiring_within_days))
    if flt.under_a_year:
        # founded_on + 1 year > today  <=>  founded_on > today - 1 year
        where.append(Institution.founded_on > _one_year_before(today))
    return where


def _one_year_before(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:
        return d.replace(year=d.year - 1, day=28)


def institution_ids(db: Database, flt: InstitutionFilter, sort: str = "name",
                    descending: bool = False, *, today: date | None = None,
                    cancel: CancelToken = NEVER_CANCELLED,
                    on_batch: IdBatchCallback | None = None) -> IdList:
    """Ids of the institutions matching ``flt`` in display order."""
    today = today or db.clock.today()
    with db.read() as session:
        stmt = select(Institution.id).where(*_institution_where(flt, today)).order_by(
            *_order(INSTITUTION_SORTS, sort, descending)
        )
        return _fetch_ids(session, stmt, cancel, on_batch)


def institution_count(db: Database, flt: InstitutionFilter = InstitutionFilter(), *,
                      today: date | None = None) -> int:
    """Number of institutions matching ``flt``."""
    today = today or db.clock.today()
    with db.read() as session:
        stmt = select(func.count()).select_from(Institution).where(
            *_institution_where(flt, today))
        return int(session.execute(stmt).scalar_one())


def institution_rows(db: Database, ids: Sequence[int], *,
                     today: date | None = None) -> list[InstitutionRow]:
    """Rows for ``ids`` in the same order."""
    if not ids:
        return []
    today = today or db.clock.today()
    with db.read() as session:
        found = session.execute(select(Institution).where(Institution.id.in_(list(ids))))
        built = [
            InstitutionRow(
                i.id, i.code, i.name, i.type, i.licence_number, i.licence_issuer,
                i.licence_expires,
                licence_state(i.licence_number, i.licence_issued, i.licence_expires, today),
                i.founded_on, experience_under_a_year(i.founded_on, today), i.accreditation,
                i.pks_number, i.region_code, _region_name(i.region_code), i.phone, i.status,
            )
            for i in found.scalars()
        ]
    return _in_order(ids, built, lambda r: r.id)


# --------------------------------------------------------------------------------------------
# Classes


@dataclass(frozen=True)
class ClassFilter:
    """What the classes table shows; ``starts_from``/``starts_to`` bound the start date."""

    text: str = ""
    mode: str | None = None
    status: str | None = None
    institution_id: int | None = None
    region_code: str | None = None
    starts_from: date | None = None
    starts_to: date | None = None
    seats_left_only: bool = False


@dataclass(frozen=True)
class ClassRow:
    """One line of the classes table."""

    id: int
    code: str
    title: str
    field: str
    institution_id: int
    institution_name: str
    mode: str
    region_code: str
    region_name: str
    start_date: date
    end_date: date
    hours: int
    capacity: int
    seats_used: int
    cost_per_participant: int
    status: str

    @property
    def seats_left(self) -> int:
        return self.capacity - self.seats_used


CLASS_SORTS: dict[str, SortColumns] = {
    "start_date": (TrainingClass.start_date, TrainingClass.id),
    "code": (TrainingClass.code,),
    "title": (TrainingClass.title, TrainingClass.id),
    "institution": (Institution.name, TrainingClass.id),
    "mode": (TrainingClass.mode, TrainingClass.id),
    "region": (TrainingClass.region_code, TrainingClass.id),
    "seats_left": ((TrainingClass.capacity - TrainingClass.seats_used), TrainingClass.id),
    "cost": (TrainingClass.cost_per_participant, TrainingClass.id),
    "status": (TrainingClass.status, TrainingClass.id),
}


def _class_where(flt: ClassFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    for word in _search_words(flt.text):
        where.append(or_(_contains(TrainingClass.title, word), _contains(TrainingClass.code, word),
                         _contains(TrainingClass.field, word), _contains(Institution.name, word)))
    if flt.mode:
        where.append(TrainingClass.mode == flt.mode)
    if flt.status:
        where.append(TrainingClass.status == flt.status)
    if flt.institution_id is not None:
        where.append(TrainingClass.institution_id == flt.institution_id)
    if flt.region_code:
        code = flt.region_code.strip()
        where.append(TrainingClass.region_code == code if len(code) >= 4 else
                     TrainingClass.region_code.like(f"{escape_like(code)}%", escape=LIKE_ESCAPE))
    if flt.starts_from is not None:
        where.append(TrainingClass.start_date >= flt.starts_from)
    if flt.starts_to is not None:
        where.append(TrainingClass.start_date <= flt.starts_to)
    if flt.seats_left_only:
        where.append(TrainingClass.seats_used < TrainingClass.capacity)
    return where


def class_ids(db: Database, flt: ClassFilter, sort: str = "start_date", descending: bool = False,
              *, cancel: CancelToken = NEVER_CANCELLED,
              on_batch: IdBatchCallback | None = None) -> IdList:
    """Ids of the classes matching ``flt`` in display order."""
    with db.read() as session:
        stmt = (
            select(TrainingClass.id)
            .join(Institution, Institution.id == TrainingClass.institution_id)
            .where(*_class_where(flt))
            .order_by(*_order(CLASS_SORTS, sort, descending))
        )
        return _fetch_ids(session, stmt, cancel, on_batch)


def class_count(db: Database, flt: ClassFilter = ClassFilter()) -> int:
    """Number of classes matching ``flt``."""
    with db.read() as session:
        stmt = (select(func.count()).select_from(TrainingClass)
                .join(Institution, Institution.id == TrainingClass.institution_id)
                .where(*_class_where(flt)))
        return int(session.execute(stmt).scalar_one())


def class_rows(db: Database, ids: Sequence[int]) -> list[ClassRow]:
    """Rows for ``ids`` in the same order."""
    if not ids:
        return []
    with db.read() as session:
        rows = session.execute(
            select(
                TrainingClass.id, TrainingClass.code, TrainingClass.title, TrainingClass.field,
                TrainingClass.institution_id, Institution.name, TrainingClass.mode,
                TrainingClass.region_code, TrainingClass.start_date, TrainingClass.end_date,
                TrainingClass.hours, TrainingClass.capacity, TrainingClass.seats_used,
                TrainingClass.cost_per_participant, TrainingClass.status,
            )
            .join(Institution, Institution.id == TrainingClass.institution_id)
            .where(TrainingClass.id.in_(list(ids)))
        ).all()
    built = (
        ClassRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _region_name(r[7]), r[8],
                 r[9], r[10], r[11], r[12], r[13], r[14])
        for r in rows
    )
    return _in_order(ids, built, lambda r: r.id)


# --------------------------------------------------------------------------------------------
# Enrolments


@dataclass(frozen=True)
class EnrollmentFilter:
    """What the enrolments table shows; the period bounds the enrolment date (inclusive).

    ``text`` is a member name (word prefix), an exact NIK/KPJ, or a class code.
    """

    text: str = ""
    status: str | None = None
    class_id: int | None = None
    enrolled_from: date | None = None
    enrolled_to: date | None = None


@dataclass(frozen=True)
class EnrollmentRow:
    """One enrolment as a line of a list (the enrolments table); the NIK is masked.

    ``services.enrolment.EnrollmentView`` is this row plus the detail (one read model, two
    depths). ``services.members.MemberEnrollmentView`` is a different thing: a line of the
    member card's history, which names the class and its dates but not the member.
    """

    id: int
    enrolled_at: datetime
    member_id: int
    member_name: str
    nik_masked: str
    kpj: str | None
    class_id: int
    class_code: str
    class_title: str
    institution_name: str
    status: str
    cost: int
    verdict: str
    overridden: bool
    enrolled_by: str


ENROLLMENT_SORTS: dict[str, SortColumns] = {
    "enrolled_at": (Enrollment.enrolled_at, Enrollment.id),
    "status": (Enrollment.status, Enrollment.id),
    "member": (Member.name_norm, Enrollment.id),
    "class": (TrainingClass.code, Enrollment.id),
    "cost": (Enrollment.cost, Enrollment.id),
}


def recent_classes(db: Database, limit: int = 500) -> list[ClassRow]:
    """The newest ``limit`` classes by start date (the reports page's class picker)."""
    ids = class_ids(db, ClassFilter(), "start_date", True)
    return class_rows(db, list(ids[:limit]))


def _day_start(d: date) -> datetime:
    # Enrolment times are stored in UTC; the branch's day starts at local midnight, as on the
    # dashboard and in the exports (domain.periods), so "this month" counts the same rows.
    return local_day_start(d)


def _enrollment_where(session: Session, flt: EnrollmentFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    text = search_text(flt.text)
    if text:
        kind = search_kind(text)
        if kind == "nik":
            where.append(Member.nik == clean_identifier(text))
        else:
            # A class code ("KLS-2026-0001") also looks like a KPJ once cleaned: try both.
            options: list[ColumnElement[bool]] = [_contains(TrainingClass.code, text)]
            if kind == "kpj":
                options.append(Member.kpj == clean_identifier(text).upper())
            if kind == "name":
                name_clause = member_name_clause(session, text)
                if name_clause is not None:
                    options.append(name_clause)
            where.append(or_(*options))
    if flt.status:
        where.append(Enrollment.status == flt.status)
    if flt.class_id is not None:
        where.append(Enrollment.class_id == flt.class_id)
    if flt.enrolled_from is not None:
        where.append(Enrollment.enrolled_at >= _day_start(flt.enrolled_from))
    if flt.enrolled_to is not None:
        where.append(Enrollment.enrolled_at < _day_start(flt.enrolled_to + timedelta(days=1)))
    return where


def enrollment_ids(db: Database, flt: EnrollmentFilter, sort: str = "enrolled_at",
                   descending: bool = True, *,
                   cancel: CancelToken = NEVER_CANCELLED,
                   on_batch: IdBatchCallback | None = None) -> IdList:
    """Ids of the enrolments matching ``flt`` in display order (newest first by default)."""
    with db.read() as session:
        stmt = (
            select(Enrollment.id)
            .join(Member, Member.id == Enrollment.member_id)
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
            .where(*_enrollment_where(session, flt))
            .order_by(*_order(ENROLLMENT_SORTS, sort, descending))
        )
        return _fetch_ids(session, stmt, cancel, on_batch)


def enrollment_count(db: Database, flt: EnrollmentFilter = EnrollmentFilter()) -> int:
    """Number of enrolments matching ``flt``."""
    with db.read() as session:
        stmt = (
            select(func.count()).select_from(Enrollment)
            .join(Member, Member.id == Enrollment.member_id)
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
            .where(*_enrollment_where(session, flt))
        )
        return int(session.execute(stmt).scalar_one())


def enrollment_rows(db: Database, ids: Sequence[int]) -> list[EnrollmentRow]:
    """Rows for ``ids`` in the same order."""
    if not ids:
        return []
    with db.read() as session:
        rows = session.execute(
            select(
                Enrollment.id, Enrollment.enrolled_at, Member.id, Member.name, Member.nik,
                Member.kpj, TrainingClass.id, TrainingClass.code, TrainingClass.title,
                Institution.name, Enrollment.status, Enrollment.cost, Enrollment.verdict,
                Enrollment.override_by, Enrollment.enrolled_by,
            )
            .join(Member, Member.id == Enrollment.member_id)
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
            .join(Institution, Institution.id == TrainingClass.institution_id)
            .where(Enrollment.id.in_(list(ids)))
        ).all()
    built = (
        EnrollmentRow(r[0], r[1], r[2], r[3], _masked(r[4]), r[5], r[6], r[7], r[8], r[9],
                      r[10], r[11], r[12], bool(r[13]), r[14])
        for r in rows
    )
    return _in_order(ids, built, lambda r: r.id)


# --------------------------------------------------------------------------------------------
# Status bar


@dataclass(frozen=True)
class DatabaseInfo:
    """What the settings page shows about the database."""

    description: str
    revision: str | None
    search: str


def database_info(db: Database) -> DatabaseInfo:
    """Location (password-free), schema revision and name-search method."""
    from vokasi_desktop.db.migrate import stamped_revision
    from vokasi_desktop.db.search import search_mode

    with db.read() as session:
        mode = search_mode(session)
    return DatabaseInfo(db.description, stamped_revision(db.engine), mode)


# The status bar shows the catalog's quota view; one definition of seats/budget left.
QuotaStatus = QuotaView


def quota_status(db: Database, year: int, branch_code: str | None = None) -> QuotaStatus | None:
    """The quota of ``branch_code`` (default: the local branch) for ``year``, if any."""
    if branch_code is None:
        branch = local_branch(db)
        if branch is None:
            return None
        branch_code = branch.code
    return get_quota(db, year, branch_code)

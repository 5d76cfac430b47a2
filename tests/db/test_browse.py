"""Browse service (records tables) and name search, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text, update

from tests.conftest import both_backends
from tests.db.factories import add_institution
from vokasi_desktop.db.engine import Database
from vokasi_desktop.db.migrate import head_revision
from vokasi_desktop.db.models import Enrollment, Institution, Member, TrainingClass
from vokasi_desktop.db.search import fts5_query, name_tokens, search_mode
from vokasi_desktop.domain import vocabulary
from vokasi_desktop.services import browse
from vokasi_desktop.services.browse import (
    ClassFilter,
    EnrollmentFilter,
    InstitutionFilter,
    MemberFilter,
)
from vokasi_desktop.services.demo import fill_demo
from vokasi_desktop.services.progress import Cancelled, CancelToken

MEMBERS = 400


@pytest.fixture
def demo(database: Database) -> Database:
    fill_demo(database, members=MEMBERS, seed=7)
    return database


def _names(db: Database, ids: list[int]) -> list[str]:
    return [r.name for r in browse.member_rows(db, ids)]


@both_backends
def test_member_ids_are_sorted_in_sql_and_counted(demo: Database) -> None:
    ids = browse.member_ids(demo, MemberFilter(), "name")
    assert len(ids) == MEMBERS == browse.member_count(demo)
    with demo.read() as session:
        expected = session.execute(select(Member.id).order_by(Member.name_norm, Member.id)
                                   ).scalars().all()
    assert list(ids) == expected
    desc = browse.member_ids(demo, MemberFilter(), "name", descending=True)
    assert list(desc) == expected[::-1]
    births = [r.birth_date for r in browse.member_rows(
        demo, browse.member_ids(demo, MemberFilter(), "birth_date")[:50])]
    assert births == sorted(births)
    with pytest.raises(ValueError):
        browse.member_ids(demo, MemberFilter(), "nik")  # not a sortable column


@both_backends
def test_rows_come_back_in_the_order_asked_with_masked_nik(demo: Database) -> None:
    ids = list(browse.member_ids(demo, MemberFilter(), "birth_date"))[:30]
    rows = browse.member_rows(demo, ids[::-1])
    assert [r.id for r in rows] == ids[::-1]
    for row in rows:
        assert len(row.nik_masked) == 16 and row.nik_masked[:6] + row.nik_masked[12:] == "*" * 10
    assert browse.member_rows(demo, []) == []


@both_backends
def test_name_search_is_a_word_prefix_search(demo: Database) -> None:
    with demo.read() as session:
        name = session.execute(select(Member.name).where(Member.name.like("% %"))
                               .order_by(Member.id)).scalars().first()
    first, second = name.upper().split()[:2]
    flt = MemberFilter(text=f"  {first.lower()}   {second[:2].lower()} ")
    ids = browse.member_ids(demo, flt)
    assert ids and len(ids) == browse.member_count(demo, flt)
    for found in _names(demo, list(ids)):
        words = found.upper().split()
        assert any(w.startswith(first) for w in words)
        assert any(w.startswith(second[:2]) for w in words)
    with demo.read() as session:
        every = session.execute(select(Member.name)).scalars().all()
    expected = [n for n in every
                if any(w.startswith(first) for w in n.upper().split())
                and any(w.startswith(second[:2]) for w in n.upper().split())]
    mode = search_mode(demo.engine.connect()) if not demo.is_sqlite else "fts5"
    if mode != "prefix":
        assert len(ids) == len(expected)


@both_backends
def test_search_by_exact_nik_or_kpj(demo: Database) -> None:
    with demo.read() as session:
        member_id, nik, kpj = session.execute(
            select(Member.id, Member.nik, Member.kpj).where(Member.kpj.is_not(None))
            .order_by(Member.id)).first()
    dotted = f"{nik[:6]}.{nik[6:12]}.{nik[12:]}"
    assert list(browse.member_ids(demo, MemberFilter(text=dotted))) == [member_id]
    assert list(browse.member_ids(demo, MemberFilter(text=f" {kpj[:5]} {kpj[5:]} "))) == [member_id]
    assert browse.search_kind(nik[:9]) == "digits"
    assert list(browse.member_ids(demo, MemberFilter(text=nik[:9]))) == []
    assert list(browse.member_ids(demo, MemberFilter(text="'\" *"))) == list(
        browse.member_ids(demo, MemberFilter()))  # punctuation only: no name filter


@both_backends
def test_member_filters(demo: Database) -> None:
    for flt, column, value in (
        (MemberFilter(segment="PMI"), Member.segment, "PMI"),
        (MemberFilter(employment_status="laid_off"), Member.employment_status, "laid_off"),
        (MemberFilter(membership_status="none"), Member.membership_status, "none"),
    ):
        ids = browse.member_ids(demo, flt)
        with demo.read() as session:
            expected = session.execute(select(func.count()).where(column == value)).scalar()
        assert len(ids) == expected == browse.member_count(demo, flt)
    province = browse.member_ids(demo, MemberFilter(region_code="35"))
    assert province and all(r.region_code.startswith("35")
                            for r in browse.member_rows(demo, list(province)[:100]))
    regency = browse.member_rows(demo, list(browse.member_ids(demo, MemberFilter(
        region_code="3578"))))
    assert all(r.region_code == "3578" for r in regency)


@both_backends
def test_search_index_follows_inserts_updates_and_deletes(demo: Database) -> None:
    with demo.write() as session:
        member = session.execute(select(Member).order_by(Member.id.desc())).scalars().first()
        member.name = "Zulkarnaen Wirabumi"
        member.name_norm = "ZULKARNAEN WIRABUMI"
        member_id = member.id
    assert list(browse.member_ids(demo, MemberFilter(text="wirab"))) == [member_id]
    with demo.write() as session:
        session.execute(update(Member).where(Member.id == member_id)
                        .values(name="Zaskia Putri", name_norm="ZASKIA PUTRI"))
    assert list(browse.member_ids(demo, MemberFilter(text="wirab"))) == []
    assert member_id in browse.member_ids(demo, MemberFilter(text="zaskia"))
    with demo.write() as session:
        session.execute(text("DELETE FROM contribution_period WHERE member_id = :i"),
                        {"i": member_id})
        session.execute(text("DELETE FROM enrollment WHERE member_id = :i"), {"i": member_id})
        session.execute(text("DELETE FROM member WHERE id = :i"), {"i": member_id})
    assert list(browse.member_ids(demo, MemberFilter(text="zaskia"))) == []


@both_backends
def test_cancel_and_batches(demo: Database) -> None:
    batches: list[int] = []
    ids = browse.member_ids(demo, MemberFilter(), on_batch=lambda b: batches.append(len(b)))
    assert sum(batches) == len(ids) == MEMBERS
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        browse.member_ids(demo, MemberFilter(), cancel=token)


@both_backends
def test_institution_licence_and_experience_filters(demo: Database) -> None:
    today = date.today()
    # Licences the demo data may lack: no expiry date (does not expire), not issued yet, none.
    add_institution(demo, "LIC-NOEXP", licence_expires=None)
    add_institution(demo, "LIC-FUTURE", licence_issued=today + timedelta(days=30),
                    licence_expires=None)
    add_institution(demo, "LIC-NONE", licence_number=None, licence_issued=None,
                    licence_expires=None)
    rows = browse.institution_rows(demo, list(browse.institution_ids(demo, InstitutionFilter())))
    assert len(rows) == browse.institution_count(demo)
    by_code = {r.code: r.licence_state for r in rows}
    assert (by_code["LIC-NOEXP"], by_code["LIC-FUTURE"], by_code["LIC-NONE"]) == (
        "valid", "not_yet", "missing")
    states = {r.licence_state for r in rows}
    assert {"valid", "expired", "not_yet", "missing"} <= states
    for state in vocabulary.LICENCE_STATES.codes:  # the SQL filter agrees with the rows'
        # state (domain.licence.licence_state) for every state
        ids = browse.institution_ids(demo, InstitutionFilter(licence_state=state))
        assert {r.licence_state for r in browse.institution_rows(demo, list(ids))} <= {state}
        assert len(ids) == sum(1 for r in rows if r.licence_state == state)
    young = browse.institution_rows(demo, list(browse.institution_ids(
        demo, InstitutionFilter(under_a_year=True))))
    assert young and all(r.under_a_year for r in young)
    assert browse.licence_state("1/2", None, today + timedelta(days=10), today) == "expiring"
    # A number without an expiry date is a licence that does not expire (issue 10 item 9).
    assert browse.licence_state("1/2", None, None, today) == "valid"
    assert browse.experience_under_a_year(date(2024, 2, 29), date(2025, 2, 28)) is False
    assert browse.experience_under_a_year(date(2024, 3, 1), date(2025, 2, 28)) is True
    by_type = browse.institution_ids(demo, InstitutionFilter(type="LSP"), "type")
    with demo.read() as session:
        assert len(by_type) == session.execute(
            select(func.count()).where(Institution.type == "LSP")).scalar()


@both_backends
def test_classes_and_enrolments(demo: Database) -> None:
    classes = browse.class_rows(demo, list(browse.class_ids(demo, ClassFilter(), "start_date")))
    assert [c.start_date for c in classes] == sorted(c.start_date for c in classes)
    assert len(classes) == browse.class_count(demo)
    daring = browse.class_ids(demo, ClassFilter(mode="daring"))
    with demo.read() as session:
        assert len(daring) == session.execute(
            select(func.count()).where(TrainingClass.mode == "daring")).scalar()
    with_seats = browse.class_rows(demo, list(browse.class_ids(
        demo, ClassFilter(seats_left_only=True), "seats_left", True)))
    assert all(c.seats_left > 0 for c in with_seats)
    by_institution = browse.class_ids(demo, ClassFilter(text=classes[0].institution_name),
                                      "institution")
    assert classes[0].id in by_institution

    enrolments = browse.enrollment_rows(demo, list(browse.enrollment_ids(demo,
                                                                         EnrollmentFilter())))
    assert len(enrolments) == browse.enrollment_count(demo) > 0
    times = [e.enrolled_at for e in enrolments]
    assert times == sorted(times, reverse=True)
    cancelled = browse.enrollment_ids(demo, EnrollmentFilter(status="cancelled"))
    with demo.read() as session:
        assert len(cancelled) == session.execute(
            select(func.count()).where(Enrollment.status == "cancelled")).scalar()
    one = enrolments[0]
    found = browse.enrollment_ids(demo, EnrollmentFilter(text=one.class_code))
    assert one.id in found
    far = browse.enrollment_ids(demo, EnrollmentFilter(enrolled_from=date(1990, 1, 1),
                                                       enrolled_to=date(1990, 12, 31)))
    assert len(far) == 0
    by_member = browse.enrollment_ids(demo, EnrollmentFilter(), "member")
    assert len(by_member) == len(enrolments)


@both_backends
def test_branch_quota_and_database_info(demo: Database) -> None:
    branch = browse.local_branch(demo)
    assert branch is not None and branch.code == "KRJ"
    quota = browse.quota_status(demo, date.today().year)
    assert quota is not None and quota.branch_code == "KRJ"
    assert 0 <= quota.seats_left <= quota.seats
    assert browse.quota_status(demo, 1999) is None
    info = browse.database_info(demo)
    assert info.revision == head_revision()  # the newest migration (was "0002_search")
    assert info.search in ("fts5", "trgm", "prefix")


def test_fts_query_quotes_every_word() -> None:
    assert name_tokens(" siti  ra'  - ") == ("SITI", "RA")
    assert fts5_query(("SITI", 'A"B')) == '"SITI"* "A""B"*'
    assert name_tokens("***") == ()


@both_backends
@pytest.mark.parametrize("descending", [False, True])
def test_common_name_first_screen_comes_first_and_the_rest_follows(
        demo: Database, monkeypatch: pytest.MonkeyPatch, descending: bool) -> None:
    # A name matching many members: one screen read along the name index is delivered
    # first (SQLite), then the rest; together exactly the full, ordered answer.
    with demo.read() as session:
        common = session.execute(select(Member.name_norm)).scalars().all()
    word = max({n.split()[0] for n in common},
               key=lambda w: sum(n.split()[0] == w for n in common))
    monkeypatch.setattr(browse, "HEAD_MIN_MATCHES", 3)
    monkeypatch.setattr(browse, "HEAD_ROWS", 2)
    flt = MemberFilter(text=word)
    plain = browse.member_ids(demo, flt, "name", descending)
    assert len(plain) >= 4
    batches: list[list[int]] = []
    ids = browse.member_ids(demo, flt, "name", descending,
                            on_batch=lambda b: batches.append(list(b)))
    assert list(ids) == list(plain)
    assert browse.member_count(demo, flt) == len(plain)  # counted in the index on SQLite
    assert [i for b in batches for i in b] == list(plain)  # no id twice, none missing
    assert batches[0] == list(plain[:2])  # the head, on its own (both databases)
    # With another filter, or another sort, the plain query answers (same ids as before).
    other = MemberFilter(text=word, segment="PU")
    assert list(browse.member_ids(demo, other, on_batch=lambda b: None)) == list(
        browse.member_ids(demo, other))


@both_backends
def test_the_first_screen_is_always_the_start_of_the_full_answer(
        demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Property: for random searches (common words, rare words, short prefixes, two words,
    punctuation, names with diacritics) in both orders, the first screen read along the name
    index is exactly the first ids of the full sorted answer, and the batches together are
    the full answer."""
    import random

    from tests.db.factories import add_member

    for name in ("Anne-Marie O'Neil", "J. R. Wahyu", "Siti Nur'aini", "José Ñoño",
                 "Zaenal Arifin-Wahyu", "Budi  Santoso.", "Ani Ani"):
        add_member(demo, name=name)
    with demo.read() as session:
        names = session.execute(select(Member.name_norm)).scalars().all()
    words = sorted({w for n in names for w in n.split()})
    rng = random.Random(12)
    searches = ["a", "wahyu", "o'neil", "anne-marie", "j.", "jose", "ñoño", "ani ani",
                "arifin-wahyu", "santoso.", "zzzz", "'", "nur'aini", "siti nur"]
    searches += [rng.choice(words)[:rng.randint(1, 6)].lower() for _ in range(25)]
    searches += [f"{rng.choice(words)} {rng.choice(words)[:2]}" for _ in range(5)]
    monkeypatch.setattr(browse, "HEAD_MIN_MATCHES", 1)
    monkeypatch.setattr(browse, "HEAD_ROWS", 3)
    heads = 0
    for text_ in searches:
        flt = MemberFilter(text=text_)
        for descending in (False, True):
            plain = list(browse.member_ids(demo, flt, "name", descending))
            batches: list[list[int]] = []
            ids = browse.member_ids(demo, flt, "name", descending,
                                    on_batch=lambda b, got=batches: got.append(list(b)))
            assert list(ids) == plain, (text_, descending)
            assert [i for b in batches for i in b] == plain, (text_, descending)
            if len(plain) > 3 and name_tokens(text_):  # (punctuation only: no name filter)
                assert batches[0] == plain[:3], (text_, descending)  # the head, on its own
                heads += 1
    assert heads >= 20  # most searches took the head path

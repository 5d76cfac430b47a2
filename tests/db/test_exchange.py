"""Exchange packages: every refusal from issue 13's list, and what a genuine package does."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.db import factories
from tests.db.exchange_world import (
    admin_of,
    audit_actions,
    dump,
    enrol_some,
    make_office,
    receive,
    send,
    trust_each_other,
)
from tests.db.factories import as_role
from vokasi_desktop.db.models import (
    Conflict,
    DuplicateCase,
    Enrollment,
    ExchangePackage,
    Member,
)
from vokasi_desktop.services import exchange
from vokasi_desktop.services.exchange_format import PackageError


@pytest.fixture
def offices(tmp_path: Path):  # type: ignore[no-untyped-def]
    a = make_office(f"sqlite:///{tmp_path / 'krj.sqlite3'}", "KRJ")
    reg = make_office(f"sqlite:///{tmp_path / 'kw.sqlite3'}", "KWJT", kind="regional")
    trust_each_other(a, reg)
    yield a, reg
    a.dispose()
    reg.dispose()


def _rewrite(src: Path, dst: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as zin:
        members = {i.filename: zin.read(i) for i in zin.infolist()}
    members = change(members)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members.items():
            zout.writestr(name, data)
    dst.write_bytes(buf.getvalue())
    return dst


def _refused(db, path: Path, code: str) -> PackageError:  # type: ignore[no-untyped-def]
    before = dump(db)
    n_audit = len(audit_actions(db))
    with pytest.raises(PackageError) as info:
        receive(db, path)
    assert info.value.code == code, str(info.value)
    assert dump(db) == before, "a refused package changed the database"
    assert audit_actions(db)[n_audit:] == ["exchange.rejected"]
    return info.value


def test_genuine_package_applied_then_same_again_skipped(offices, tmp_path: Path) -> None:
    a, reg = offices
    enrol_some(a, 3, class_code="KLS-A", inst_code="LPK-A")
    pkg = send(a, "KWJT", tmp_path / "p1.zip")
    res = receive(reg, pkg)
    assert not res.already_applied
    assert res.per_part["member"]["applied"] == 3
    assert res.per_part["enrollment"]["applied"] == 3
    assert res.conflicts == 0 and res.duplicates == 0
    with reg.read() as s:
        assert s.query(Enrollment).count() == 3
        assert {m.origin_branch for m in s.query(Member)} == {"KRJ"}
    before = dump(reg)
    n_audit = len(audit_actions(reg))
    again = receive(reg, pkg)
    assert again.already_applied and "sudah diterapkan" in again.message
    assert dump(reg) == before and len(audit_actions(reg)) == n_audit


def test_ack_travels_back_and_limits_the_next_package(offices, tmp_path: Path) -> None:
    a, reg = offices
    enrol_some(a, 2, class_code="KLS-A", inst_code="LPK-A")
    receive(reg, send(a, "KWJT", tmp_path / "p1.zip"))
    back = receive(a, send(reg, "KRJ", tmp_path / "r1.zip"))
    assert back.per_part["ack"]["applied"] == 1
    with a.read() as s:
        out = s.execute(select(ExchangePackage).where(ExchangePackage.direction == "out")).scalar_one()
        assert out.status == "acknowledged"
    st = {p.office_code: p for p in exchange.status(a)}
    assert (st["KWJT"].last_sent, st["KWJT"].last_acknowledged, st["KWJT"].last_received) == (1, 1, 1)


def test_payload_byte_changed(offices, tmp_path: Path) -> None:
    a, reg = offices
    enrol_some(a, 1, class_code="KLS-A", inst_code="LPK-A")
    pkg = send(a, "KWJT", tmp_path / "p1.zip")

    def flip(m):  # type: ignore[no-untyped-def]
        data = bytearray(m["parts/member.jsonl"])
        data[20] ^= 0x01
        m["parts/member.jsonl"] = bytes(data)
        return m

    _refused(reg, _rewrite(pkg, tmp_path / "bad.zip", flip), "package_hash")


def test_manifest_edited_breaks_signature(offices, tmp_path: Path) -> None:
    a, reg = offices
    pkg = send(a, "KWJT", tmp_path / "p1.zip")

    def edit(m):  # type: ignore[no-untyped-def]
        man = json.loads(m["manifest.json"])
        man["sequence"] = 1
        man["created_at"] = "2020-01-01T00:00:00+00:00"
        m["manifest.json"] = json.dumps(man).encode()
        return m

    _refused(reg, _rewrite(pkg, tmp_path / "bad.zip", edit), "package_bad_signature")


def test_wrong_key(offices, tmp_path: Path) -> None:
    _a, reg = offices
    # An impostor office with its own key calls itself KRJ.
    impostor = make_office(f"sqlite:///{tmp_path / 'fake.sqlite3'}", "KRJ")
    exchange.add_trusted(impostor, admin_of(impostor), exchange.export_own_key(reg, admin_of(reg)))
    pkg = send(impostor, "KWJT", tmp_path / "fake.zip")
    _refused(reg, pkg, "package_wrong_key")
    impostor.dispose()


def test_revoked_key(offices, tmp_path: Path) -> None:
    a, reg = offices
    pkg = send(a, "KWJT", tmp_path / "p1.zip")
    kid = exchange.export_own_key(a, admin_of(a))["key_id"]
    exchange.revoke_trusted(reg, admin_of(reg), kid, "laptop cabang hilang")
    _refused(reg, pkg, "package_key_revoked")


def test_unknown_sender(offices, tmp_path: Path) -> None:
    _a, reg = offices
    other = make_office(f"sqlite:///{tmp_path / 'bik.sqlite3'}", "BIK")
    exchange.add_trusted(other, admin_of(other), exchange.export_own_key(reg, admin_of(reg)))
    _refused(reg, send(other, "KWJT", tmp_path / "bik.zip"), "package_unknown_sender")
    other.dispose()


def test_wrong_recipient(offices, tmp_path: Path) -> None:
    a, reg = offices
    b = make_office(f"sqlite:///{tmp_path / 'bik.sqlite3'}", "BIK")
    trust_each_other(a, b)
    exchange.add_trusted(reg, admin_of(reg), exchange.export_own_key(b, admin_of(b)))
    _refused(b, send(a, "KWJT", tmp_path / "p.zip"), "package_wrong_recipient")
    b.dispose()


def test_sequence_gap_names_the_missing_package(offices, tmp_path: Path) -> None:
    a, reg = offices
    send(a, "KWJT", tmp_path / "p1.zip")
    p2 = send(a, "KWJT", tmp_path / "p2.zip")
    err = _refused(reg, p2, "package_gap")
    assert "nomor 1" in str(err)


def test_truncated_zip(offices, tmp_path: Path) -> None:
    a, reg = offices
    enrol_some(a, 2, class_code="KLS-A", inst_code="LPK-A")
    pkg = send(a, "KWJT", tmp_path / "p1.zip")
    data = pkg.read_bytes()
    for cut in (len(data) // 2, len(data) - 30):
        bad = tmp_path / f"cut{cut}.zip"
        bad.write_bytes(data[:cut])
        _refused(reg, bad, "package_corrupt")


def test_zip_bomb(offices, tmp_path: Path) -> None:
    a, reg = offices
    pkg = send(a, "KWJT", tmp_path / "p1.zip")

    def bomb(m):  # type: ignore[no-untyped-def]
        m["parts/member.jsonl"] = b"\n" * (50 * 1024 * 1024)
        return m

    _refused(reg, _rewrite(pkg, tmp_path / "bomb.zip", bomb), "package_zip_bomb")


@pytest.mark.parametrize("name", ["../evil.jsonl", "/etc/passwd", "parts/../../x.jsonl",
                                  "parts\\member.jsonl", "C:/x.jsonl", "parts/other.txt"])
def test_path_traversal_names(offices, tmp_path: Path, name: str) -> None:
    a, reg = offices
    pkg = send(a, "KWJT", tmp_path / "p1.zip")

    def add(m):  # type: ignore[no-untyped-def]
        m[name] = b"x"
        return m

    _refused(reg, _rewrite(pkg, tmp_path / "trav.zip", add), "package_bad_name")


def test_duplicate_uuid_in_package(offices, tmp_path: Path) -> None:
    """Signed by the genuine key (a faulty sender), the package is still refused whole."""
    a, reg = offices
    enrol_some(a, 2, class_code="KLS-A", inst_code="LPK-A")
    from vokasi_desktop.services import exchange_format as fmt

    orig = fmt.build_package

    def doubled(manifest, parts, pem, kid):  # type: ignore[no-untyped-def]
        parts = dict(parts)
        parts["member"] = [*list(parts["member"]), parts["member"][0]]
        return orig(manifest, parts, pem, kid)

    import vokasi_desktop.services.exchange as ex

    ex.build_package = doubled  # type: ignore[assignment]
    try:
        pkg = send(a, "KWJT", tmp_path / "dup.zip")
    finally:
        ex.build_package = orig  # type: ignore[assignment]
    _refused(reg, pkg, "package_duplicate")


def test_same_member_edited_at_branch_and_region_is_a_conflict(offices, tmp_path: Path) -> None:
    a, reg = offices
    enrol_some(a, 1, class_code="KLS-A", inst_code="LPK-A")
    receive(reg, send(a, "KWJT", tmp_path / "p1.zip"))
    receive(a, send(reg, "KRJ", tmp_path / "r1.zip"))  # ack
    with a.write() as s:
        m = s.execute(select(Member)).scalars().first()
        m.phone, m.address = "0811111", "Jl. Cabang 1"
        uuid = m.uuid
    with reg.write() as s:
        m = s.execute(select(Member).where(Member.uuid == uuid)).scalar_one()
        m.phone = "0822222"
    res = receive(reg, send(a, "KWJT", tmp_path / "p2.zip"))
    assert res.conflicts == 1
    with reg.read() as s:
        c = s.execute(select(Conflict)).scalar_one()
        assert (c.entity, c.field, c.local_value, c.remote_value, c.status) == (
            "member", "phone", "0822222", "0811111", "open")
        assert c.entity_uuid == uuid
        m = s.execute(select(Member).where(Member.uuid == uuid)).scalar_one()
        assert m.phone == "0822222"            # never a silent overwrite
        assert m.address == "Jl. Cabang 1"     # the field changed only at the branch applies


def test_same_nik_at_two_branches_is_a_duplicate_case(offices, tmp_path: Path) -> None:
    a, reg = offices
    b = make_office(f"sqlite:///{tmp_path / 'bik.sqlite3'}", "BIK")
    trust_each_other(b, reg)
    enrol_some(a, 1, class_code="KLS-A", inst_code="LPK-A")
    enrol_some(b, 1, class_code="KLS-B", inst_code="LPK-B")
    with a.read() as s:
        nik = s.execute(select(Member.nik)).scalar_one()
    with b.write() as s:
        s.execute(select(Member)).scalar_one().nik = nik
    receive(reg, send(a, "KWJT", tmp_path / "a1.zip"))
    res = receive(reg, send(b, "KWJT", tmp_path / "b1.zip"))
    assert res.duplicates == 1
    with reg.read() as s:
        case = s.execute(select(DuplicateCase)).scalar_one()
        assert (case.office_a, case.office_b, case.status, case.nik) == ("KRJ", "BIK", "open", nik)
        assert s.query(Member).count() == 1
        assert s.query(Enrollment).count() == 2  # b's enrolment hangs on the member here
    b.dispose()


def _send_with(monkeypatch, db, to: str, out: Path, add) -> Path:  # type: ignore[no-untyped-def]
    """Export a genuinely signed package whose parts ``add`` changes (a faulty peer)."""
    import vokasi_desktop.services.exchange as ex

    orig = ex._collect

    def collect(*args, **kwargs):  # type: ignore[no-untyped-def]
        parts = orig(*args, **kwargs)
        add(parts)
        return parts

    monkeypatch.setattr(ex, "_collect", collect)
    try:
        return send(db, to, out)
    finally:
        monkeypatch.setattr(ex, "_collect", orig)


def _institution_rec(db, code: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    import vokasi_desktop.services.exchange as ex
    from vokasi_desktop.db.models import Institution

    with db.read() as s:
        t = Institution.__table__
        row = s.execute(select(t).where(t.c.code == code)).mappings().one()
        return ex._row_json("institution", row, ex._Ids(s), ex._shipped_columns("institution"))


def test_record_owned_here_is_read_only(offices, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The region sends a changed copy of an institution the branch owns: not applied."""
    a, reg = offices
    enrol_some(a, 1, class_code="KLS-A", inst_code="LPK-A")
    rec = _institution_rec(a, "LPK-A")
    rec["name"] = "Diubah di wilayah"
    before = dump(a)["institution"]
    pkg = _send_with(monkeypatch, reg, "KRJ", tmp_path / "r1.zip",
                     lambda parts: parts["institution"].append(rec))
    res = receive(a, pkg)
    assert res.per_part["institution"] == {"readonly": 1}
    assert dump(a)["institution"] == before


def test_row_of_a_third_office_refuses_the_package(offices, tmp_path: Path,
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, reg = offices
    enrol_some(a, 1, class_code="KLS-A", inst_code="LPK-A")
    rec = _institution_rec(a, "LPK-A")
    rec["origin_branch"] = "BIK"  # KRJ tries to speak for another branch
    rec["uuid"] = "6f1c1d2e-0000-4000-8000-000000000001"
    rec["code"] = "LPK-BIK"
    pkg = _send_with(monkeypatch, a, "KWJT", tmp_path / "p1.zip",
                     lambda parts: parts["institution"].append(rec))
    err = _refused(reg, pkg, "package_record")
    assert "BIK" in str(err)


def test_branch_may_not_send_trusted_keys(offices, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, reg = offices
    fake = {"office_code": "XXX", "kind": "regional", "name": "", "key_id": "00000000",
            "public_key": "", "data_kinds": [], "revoked_at": None, "revoked_reason": None}
    pkg = _send_with(monkeypatch, a, "KWJT", tmp_path / "p1.zip",
                     lambda parts: parts.__setitem__("trusted_key", [fake]))
    _refused(reg, pkg, "package_kinds")


def test_region_distributes_keys_and_revocations(offices, tmp_path: Path) -> None:
    a, reg = offices
    b = make_office(f"sqlite:///{tmp_path / 'bik.sqlite3'}", "BIK")
    trust_each_other(b, reg)
    receive(a, send(reg, "KRJ", tmp_path / "r1.zip"))
    assert [(t.office_code, t.revoked_at is None) for t in exchange.list_trusted(a)] == [
        ("BIK", True), ("KWJT", True)]
    bik_key = exchange.export_own_key(b, admin_of(b))["key_id"]
    exchange.revoke_trusted(reg, admin_of(reg), bik_key, "kunci bocor")
    receive(a, send(reg, "KRJ", tmp_path / "r2.zip"))
    bik = next(t for t in exchange.list_trusted(a) if t.office_code == "BIK")
    assert bik.revoked_at is not None and bik.revoked_reason == "kunci bocor"
    b.dispose()


def test_quota_allocation_from_region(offices, tmp_path: Path) -> None:
    from vokasi_desktop.db.models import BranchQuota
    from vokasi_desktop.services import catalog

    a, reg = offices
    enrol_some(a, 2, class_code="KLS-A", inst_code="LPK-A")
    receive(reg, send(a, "KWJT", tmp_path / "p1.zip"))
    catalog.set_branch_quota(reg, 2027, "KRJ", 150, 10**10, as_role(reg, "head"))
    receive(a, send(reg, "KRJ", tmp_path / "r1.zip"))
    with a.read() as s:
        q = s.execute(select(BranchQuota)).scalar_one()
        assert (q.seats, q.seats_used) == (150, 2)
    enrol_some(a, 1, class_code="KLS-A2", inst_code="LPK-A2")  # KRJ uses a third seat...
    catalog.set_branch_quota(reg, 2027, "KRJ", 2, 10**10, as_role(reg, "head"))  # ...the region cuts to 2
    res = receive(a, send(reg, "KRJ", tmp_path / "r2.zip"))
    assert res.per_part["branch_quota"] == {"conflicts": 1}
    with a.read() as s:
        assert s.execute(select(BranchQuota.seats)).scalar_one() == 150
        c = s.execute(select(Conflict)).scalar_one()
        assert (c.entity, c.field, c.local_value, c.remote_value) == ("branch_quota", "seats",
                                                                     150, 2)


def test_permissions(offices, tmp_path: Path) -> None:
    a, _reg = offices
    clerk = factories.as_role(a, "clerk")
    from vokasi_desktop.domain.access import PermissionDenied

    with pytest.raises(PermissionDenied):
        exchange.export_package(a, clerk, "KWJT", tmp_path / "x.zip")
    with pytest.raises(PermissionDenied):
        exchange.import_package(a, clerk, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_purged_member_is_not_brought_back_by_a_package(offices, tmp_path: Path) -> None:
    from datetime import date

    from vokasi_desktop.db.models import ContributionPeriod, PurgedPerson
    from vokasi_desktop.services import privacy
    from vokasi_desktop.services.setup import OfficeSettings, save_office_settings

    a, reg = offices
    member_id = factories.add_member(a, name="Akan Dihapus")
    receive(reg, send(a, "KWJT", tmp_path / "p1.zip"))
    save_office_settings(reg, admin_of(reg), OfficeSettings(retention_years=5))
    assert privacy.purge(reg, as_role(reg, "head"), today=date(2040, 1, 1)) == 1
    with a.write() as s:  # the branch changes the person afterwards and sends again
        m = s.get(Member, member_id)
        assert m is not None
        m.phone = "081234567890"
        uuid = m.uuid
    res = receive(reg, send(a, "KWJT", tmp_path / "p2.zip"))
    assert res.per_part["member"].get("applied", 0) == 0
    with reg.read() as s:
        assert s.execute(select(Member).where(Member.uuid == uuid)).first() is None
        assert s.query(ContributionPeriod).count() == 0
        assert s.query(PurgedPerson).count() == 1

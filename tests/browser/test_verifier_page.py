"""The offline verifier page in a real browser (headless chromium, WebCrypto Ed25519).

Documents are either issued by the real services (a letter and a certificate, PDF and QR
text) or signed directly with ``documents.signing.sign_payload``; the page's key list is built
as data, so revocation and validity periods are covered before the key-rotation work lands.
"""

from __future__ import annotations

import base64
import json
import random
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Keys, Office
from tests.db.factories import TODAY, add_class, add_institution, add_member, as_user, setup_branch
from vokasi_desktop.db.engine import open_database
from vokasi_desktop.db.migrate import upgrade_database
from vokasi_desktop.documents.signing import make_payload, sign_payload, verify_payload
from vokasi_desktop.services import documents
from vokasi_desktop.services.enrolment import change_status, enrol
from vokasi_desktop.services.verifier import build_verifier_page

WAIT = 15


def _wait(driver: Any, predicate: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(predicate)


def open_page(driver: Any, path: Path) -> None:
    driver.get(path.as_uri())
    _wait(driver, lambda d: d.execute_script("return document.body.dataset.ready") == "1")


def result_status(driver: Any) -> str:
    """Wait for a final answer and return ``#result``'s data-status."""
    def done(d: Any) -> str | bool:
        status = d.execute_script("return document.getElementById('result').dataset.status")
        return status if status and status != "checking" else False

    return _wait(driver, done)


def scan(driver: Any, text: str) -> str:
    """Type ``text`` into the code field as a USB scanner does (keys, then Enter)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys as K

    driver.execute_script("document.getElementById('result').dataset.status = ''")
    field = driver.find_element(By.ID, "code")
    field.clear()
    field.send_keys(text + K.ENTER)
    return result_status(driver)


def text_of(driver: Any, element_id: str) -> str:
    return driver.execute_script(
        "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;",
        element_id)


def sign(office: Office, *, doc_type: str = "certificate", branch: str | None = None,
         on: date = date(2026, 11, 28), name: str = "Siti Nurhaliza",
         class_code: str | None = "KLS-1", number: str = "SRT/00001/VIP/KC-KRJ/2026") -> str:
    payload = make_payload(number=number, doc_type=doc_type, branch_code=branch or office.code,
                           issue_date=on, name=name, nik_last4="0421", class_code=class_code)
    return sign_payload(payload, office.private_pem)


# -- genuine documents issued by the app ------------------------------------------------------


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A letter and a certificate issued by the services, and the verifier page of that
    office built by ``build_verifier_page`` (the real key list from the database)."""
    folder = tmp_path_factory.mktemp("issued")
    db = open_database(f"sqlite:///{folder / 'vokasi.sqlite3'}")
    upgrade_database(db.engine)
    try:
        setup_branch(db)
        class_id = add_class(db, add_institution(db))
        member_id = add_member(db, name="Siti Nurhaliza")
        e = enrol(db, member_id, class_id, "verifier-1", as_user(db, "petugas"), on_date=TODAY)
        letter = documents.issue_letter(db, e.id, as_user(db, "petugas"), folder / "surat.pdf", on=TODAY)
        change_status(db, e.id, "in_training", as_user(db, "petugas"))
        change_status(db, e.id, "completed", as_user(db, "petugas"), result="Kompeten")
        cert = documents.issue_certificate(db, e.id, as_user(db, "petugas"), folder / "sertifikat.pdf",
                                           on=TODAY)
        page = build_verifier_page(db, folder / "verifikasi-vokasi.html")
    finally:
        db.dispose()
    return {"letter": letter, "certificate": cert, "page": page.path}


def test_genuine_letter_and_certificate_verify(browser: Any, issued: dict[str, Any]) -> None:
    open_page(browser, issued["page"])
    letter = issued["letter"]
    assert scan(browser, letter.qr_text) == "valid"
    assert text_of(browser, "word") == "SAH"
    assert text_of(browser, "field-no") == letter.number
    assert text_of(browser, "field-n") == "Siti Nurhaliza"
    assert text_of(browser, "field-t") == "Surat pengantar pelatihan"
    assert text_of(browser, "field-c") == "KLS-1"
    assert "Kantor Cabang Surabaya Karimunjawa (KRJ)" in text_of(browser, "field-b")
    assert text_of(browser, "field-d") == "28 November 2026"
    cert = issued["certificate"]
    assert scan(browser, cert.qr_text) == "valid"
    assert text_of(browser, "field-no") == cert.number
    assert text_of(browser, "field-t") == "Sertifikat pelatihan"
    kid = cert.qr_text.split(".")[2]
    assert text_of(browser, "field-key") == kid
    # The page says what it cannot know.
    assert "dibatalkan" in text_of(browser, "limit2")


def _drop(driver: Any, name: str, data: bytes, mime: str) -> None:
    """Simulate dropping a file on the page (DataTransfer + drop event)."""
    driver.execute_script("document.getElementById('result').dataset.status = ''")
    driver.execute_script(
        """
        const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], arguments[1], {type: arguments[2]}));
        const target = document.getElementById('drop');
        target.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
        target.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
        """, base64.b64encode(data).decode(), name, mime)


def test_dropped_pdf_verifies(browser: Any, issued: dict[str, Any]) -> None:
    open_page(browser, issued["page"])
    cert = issued["certificate"]
    _drop(browser, "sertifikat.pdf", cert.path.read_bytes(), "application/pdf")
    assert result_status(browser) == "valid"
    assert text_of(browser, "field-no") == cert.number
    assert "sertifikat.pdf" in text_of(browser, "note")
    assert browser.execute_script("return document.getElementById('code').value") == cert.qr_text
    letter = issued["letter"]
    _drop(browser, "surat.pdf", letter.path.read_bytes(), "application/pdf")
    assert result_status(browser) == "valid"
    assert text_of(browser, "field-no") == letter.number


def test_pdf_through_the_file_chooser_and_files_without_a_code(
        browser: Any, issued: dict[str, Any], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, issued["page"])
    browser.find_element(By.ID, "file").send_keys(str(issued["letter"].path))
    assert result_status(browser) == "valid"
    # A PDF that carries no code, and a file that is not a PDF at all.
    plain = b"%PDF-1.4\n1 0 obj << /Title (Surat biasa) >> endobj\ntrailer << /Info 1 0 R >>\n%%EOF\n"
    _drop(browser, "biasa.pdf", plain, "application/pdf")
    assert result_status(browser) == "malformed"
    assert browser.execute_script("return document.getElementById('result').dataset.reason") \
        == "no_pdf_code"
    assert "tidak memuat kode" in text_of(browser, "message")
    _drop(browser, "catatan.txt", b"halo", "text/plain")
    assert result_status(browser) == "malformed"


def test_pdf_parser_reads_escaped_and_hex_strings(browser: Any, page_path: Path,
                                                  keys: Keys) -> None:
    open_page(browser, page_path)
    qr = sign(keys.own)
    parse = "return window.vokasiVerifier.qrTextFromPdf(new TextEncoder().encode(arguments[0]).buffer)"
    escaped = qr.replace("-", "\\055").replace("_", "\\137")  # octal escapes are legal PDF
    assert browser.execute_script(parse, f"%PDF-1.4\n<< /VokasiQR ({escaped}) >>") == qr
    hexed = qr.encode().hex().upper()
    assert browser.execute_script(parse, f"%PDF-1.4\n<< /Keywords <{hexed}> >>") == qr
    utf16 = "FEFF" + qr.encode("utf-16-be").hex()
    assert browser.execute_script(parse, f"%PDF-1.4\n<< /Subject <{utf16}> >>") == qr
    # An incremental update: the last information dictionary wins, as in a PDF reader.
    other = sign(keys.peer)
    assert browser.execute_script(
        parse, f"%PDF-1.4\n<< /VokasiQR ({qr}) >>\n<< /VokasiQR ({other}) >>") == other
    assert browser.execute_script(parse, f"not a pdf /VokasiQR ({qr})") is None


# -- each kind of answer -------------------------------------------------------------------------


def test_each_failure_has_its_own_answer(browser: Any, page_path: Path, keys: Keys) -> None:
    open_page(browser, page_path)
    genuine = sign(keys.own)
    assert scan(browser, genuine) == "valid"

    # One changed character in the signed name.
    head, payload, kid, sig = genuine.split(".")
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    forged_payload = base64.urlsafe_b64encode(raw.replace(b"Siti", b"Sita")).rstrip(b"=").decode()
    assert scan(browser, ".".join((head, forged_payload, kid, sig))) == "tampered"
    assert text_of(browser, "word") == "DIUBAH"
    assert "Jangan terima" in text_of(browser, "advice")
    assert "TIDAK terkonfirmasi" in text_of(browser, "details-title")

    assert scan(browser, sign(keys.unknown)) == "unknown_key"
    assert keys.unknown.key_id in text_of(browser, "message")
    assert "halaman verifikasi terbaru" in text_of(browser, "advice")

    assert scan(browser, sign(keys.revoked, on=date(2026, 9, 1))) == "revoked"
    assert "laptop loket 2 dicuri" in text_of(browser, "message")
    assert "2 Oktober 2026" in text_of(browser, "message")
    assert "031-123456" in text_of(browser, "advice")  # whom to call

    for garbage in ("hello world", "VKS1.abc", "VKS1." + "A" * 40 + ".zzzzzzzz.AAAA", "12345678"):
        assert scan(browser, garbage) == "malformed", garbage
        assert text_of(browser, "word") == "BUKAN KODE"


def test_key_periods_and_offices(browser: Any, page_path: Path, keys: Keys) -> None:
    open_page(browser, page_path)
    # A key retired at the end of 2025 still verifies what it signed while in use ...
    assert scan(browser, sign(keys.retired, on=date(2025, 3, 4))) == "valid"
    # ... but not a document dated after its period.
    assert scan(browser, sign(keys.retired, on=date(2026, 3, 4))) == "out_of_period"
    assert "31 Desember 2025" in text_of(browser, "message")
    # Another office's key the page knows verifies its own documents ...
    assert scan(browser, sign(keys.peer, doc_type="letter")) == "valid"
    assert "Kantor Cabang Surabaya Rungkut (SBY)" in text_of(browser, "field-b")
    # ... but cannot speak for this office.
    assert scan(browser, sign(keys.peer, branch="KRJ")) == "wrong_office"


def test_single_character_changes_match_the_app(browser: Any, page_path: Path,
                                                keys: Keys) -> None:
    """Every one-character change gets the answer the app's own verifier gives."""
    open_page(browser, page_path)
    genuine = sign(keys.own)
    rng = random.Random(2026)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
    mutants = []
    for _ in range(60):
        i = rng.randrange(len(genuine))
        c = rng.choice(alphabet.replace(genuine[i], ""))
        mutants.append(genuine[:i] + c + genuine[i + 1:])
    answers = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        Promise.all(arguments[0].map(t => window.vokasiVerifier.verifyText(t)))
          .then(rs => done(rs.map(r => r.status)));
        """, mutants)
    known = {k.key_id: k.public_raw for k in (keys.own, keys.retired, keys.peer, keys.revoked)}
    expected = [verify_payload(m, known).status for m in mutants]
    assert answers == expected
    assert "valid" not in answers and answers.count("tampered") > 10


def test_scanner_burst_outside_the_field_and_paste(browser: Any, page_path: Path,
                                                   keys: Keys) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys as K

    open_page(browser, page_path)
    browser.find_element(By.TAG_NAME, "h1").click()  # focus away from the field
    browser.execute_script("document.activeElement.blur()")
    ActionChains(browser).send_keys(sign(keys.own) + K.ENTER).perform()
    assert result_status(browser) == "valid"
    # Paste: the check runs without pressing Enter.
    browser.execute_script("""
        const f = document.getElementById('code');
        document.getElementById('result').dataset.status = '';
        f.value = arguments[0];
        f.dispatchEvent(new ClipboardEvent('paste', {bubbles: true}));
        """, sign(keys.unknown))
    assert result_status(browser) == "unknown_key"


def test_english_toggle(browser: Any, page_path: Path, keys: Keys) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, page_path)
    assert scan(browser, sign(keys.own)) == "valid"
    browser.find_element(By.ID, "lang").click()
    assert text_of(browser, "word") == "VALID"
    assert "digital signature is valid" in text_of(browser, "message")
    assert text_of(browser, "field-t") == "Training certificate"
    assert browser.execute_script("return document.documentElement.lang") == "en"
    assert "cannot know" in text_of(browser, "limit2")
    browser.find_element(By.ID, "lang").click()
    assert text_of(browser, "word") == "SAH"


def test_code_content_is_never_html(browser: Any, page_path: Path, keys: Keys) -> None:
    open_page(browser, page_path)
    evil = '<img src=x id=pwned onerror="document.title=\'pwned\'">'
    assert scan(browser, sign(keys.own, name=evil)) == "valid"
    assert text_of(browser, "field-n") == evil
    assert browser.execute_script("return document.getElementById('pwned')") is None
    assert browser.title != "pwned"


def test_key_list_and_limits_are_shown(browser: Any, page_path: Path, keys: Keys) -> None:
    open_page(browser, page_path)
    table = text_of(browser, "keys-body")
    for k in (keys.own, keys.retired, keys.revoked, keys.peer):
        assert k.key_id in table
    assert keys.unknown.key_id not in table
    assert "DICABUT 2 Oktober 2026" in table
    assert "1 Januari 2024 s.d. 31 Desember 2025" in table
    assert "tidak dipakai lagi" in table  # the retired key
    assert "28 November 2026" in text_of(browser, "made")
    assert "28 November 2026" in text_of(browser, "limit2")
    # The page is older than 90 days for a reader today: it says so.
    today = date.today()
    old = (today - date(2026, 11, 28)).days > 90
    assert browser.execute_script("return document.getElementById('age-warning').hidden") \
        is (not old)


def test_corrupt_key_list_entry_is_not_trusted(browser: Any, keys: Keys, tmp_path: Path) -> None:
    """An entry whose key id is not the fingerprint of its key is ignored by the page."""
    from tests.browser.conftest import MADE_AT, trusted_keys
    from vokasi_desktop.services.verifier import key_list, render_page

    data = key_list(trusted_keys(keys), made_at=MADE_AT, made_by=None)
    for entry in data["keys"]:
        if entry["key_id"] == keys.own.key_id:
            entry["public_key"] = base64.urlsafe_b64encode(keys.unknown.public_raw)\
                .rstrip(b"=").decode()
    path = tmp_path / "page.html"
    path.write_text(render_page(data), encoding="utf-8")
    open_page(browser, path)
    assert scan(browser, sign(keys.own)) == "unknown_key"
    assert scan(browser, sign(keys.peer)) == "valid"


# -- no network --------------------------------------------------------------------------------


def network_requests(driver: Any, page_url: str) -> list[str]:
    """URLs the browser requested (DevTools log) other than the page itself, plus any
    resource entries the page's performance timeline recorded."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url != page_url:
                urls.append(url)
    urls += driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    return urls


def test_page_makes_no_network_request(browser: Any, issued: dict[str, Any],
                                       keys: Keys, page_path: Path) -> None:
    browser.get_log("performance")  # drop what earlier tests logged
    url = issued["page"].as_uri()
    open_page(browser, issued["page"])
    assert scan(browser, issued["letter"].qr_text) == "valid"
    _drop(browser, "sertifikat.pdf", issued["certificate"].path.read_bytes(), "application/pdf")
    assert result_status(browser) == "valid"
    browser.find_element("id", "lang").click()
    assert network_requests(browser, url) == []
    html = issued["page"].read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp and "default-src 'none'" in csp.group(1)
    assert not re.search(r"https?://", html)


def test_network_check_catches_a_request(browser: Any, tmp_path: Path) -> None:
    """The check above can fail: a page that loads an image from elsewhere is caught."""
    path = tmp_path / "leaky.html"
    path.write_text('<!DOCTYPE html><body data-ready="1"><img src="http://127.0.0.1:9/x.png">'
                    "</body>", encoding="utf-8")
    browser.get_log("performance")
    browser.get(path.as_uri())
    _wait(browser, lambda d: d.execute_script("return document.readyState") == "complete")
    assert "http://127.0.0.1:9/x.png" in network_requests(browser, path.as_uri())


def test_csp_blocks_an_injected_fetch(browser: Any, page_path: Path) -> None:
    """Even script running in the page cannot reach the network (CSP connect-src)."""
    open_page(browser, page_path)
    outcome = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        fetch('http://127.0.0.1:9/leak').then(() => done('fetched'), e => done('blocked'));
        """)
    assert outcome == "blocked"
    assert any("Content Security Policy" in e["message"] for e in browser.get_log("browser"))


def test_build_page_date_is_the_one_given(tmp_path: Path, keys: Keys) -> None:
    from tests.browser.conftest import trusted_keys
    from vokasi_desktop.services.verifier import key_list

    made = datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)
    data = key_list(trusted_keys(keys), made_at=made, made_by=None)
    assert data["made_at"] == "2027-01-02T03:04:05Z"
    assert data["format"] == "vokasi-keys/1"

"""A real browser for the offline verifier page: Debian's chromium driven headless.

Nothing is downloaded at run time: selenium is given ``/usr/bin/chromedriver`` and
``/usr/bin/chromium`` explicitly, so Selenium Manager never runs. ``.ci/run`` installs both
packages when missing; without them these tests skip and say why.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from vokasi_desktop.documents.signing import generate_keypair, key_id
from vokasi_desktop.services.verifier import TrustedKey, key_list, render_page

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
MADE_AT = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Office:
    """A signing key for tests: private PEM, raw public key and its id."""

    code: str
    private_pem: bytes
    public_raw: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public_raw)


def _office(code: str) -> Office:
    private_pem, public_raw = generate_keypair()
    return Office(code, private_pem, public_raw)


@dataclass(frozen=True)
class Keys:
    """The offices of the test page: own (KRJ, current key and a retired one), a peer (SBY),
    a revoked key (KRJ's stolen laptop key), and a key the page does not know (MKS)."""

    own: Office
    retired: Office
    peer: Office
    revoked: Office
    unknown: Office


@pytest.fixture(scope="session")
def keys() -> Keys:
    return Keys(own=_office("KRJ"), retired=_office("KRJ"), peer=_office("SBY"),
                revoked=_office("KRJ"), unknown=_office("MKS"))


def trusted_keys(k: Keys) -> list[TrustedKey]:
    contact = "031-123456 · kc.karimunjawa@example.invalid"
    name = "Kantor Cabang Surabaya Karimunjawa"
    return [
        TrustedKey(k.retired.key_id, k.retired.public_raw, "KRJ", name, contact,
                   valid_from=date(2024, 1, 1), valid_until=date(2025, 12, 31), own=True),
        TrustedKey(k.own.key_id, k.own.public_raw, "KRJ", name, contact,
                   valid_from=date(2026, 1, 1), own=True),
        TrustedKey(k.revoked.key_id, k.revoked.public_raw, "KRJ", name, contact,
                   valid_from=date(2025, 6, 1),
                   revoked_at=datetime(2026, 10, 2, 8, 0, tzinfo=UTC),
                   revoked_reason="laptop loket 2 dicuri", own=True),
        TrustedKey(k.peer.key_id, k.peer.public_raw, "SBY", "Kantor Cabang Surabaya Rungkut",
                   "031-654321", valid_from=date(2025, 1, 1)),
    ]


@pytest.fixture(scope="session")
def page_path(keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = key_list(trusted_keys(keys), made_at=MADE_AT,
                    made_by={"code": "KRJ", "name": "Kantor Cabang Surabaya Karimunjawa",
                             "contact": "031-123456"})
    path = tmp_path_factory.mktemp("verifier") / "verifikasi-vokasi.html"
    path.write_text(render_page(data), encoding="utf-8")
    return path


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return f"{path} not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless chromium for the session, logging DevTools network events."""
    reason = _missing()
    if reason:
        pytest.skip(f"browser tests need Debian's chromium: {reason}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1000,1400", "--lang=id", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    service = Service(executable_path=shutil.which(CHROMEDRIVER) or CHROMEDRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()

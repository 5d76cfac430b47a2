"""``vokasi-desktop --self-test`` passes on a source install and prints what it checked."""

from __future__ import annotations

import io
import os
from typing import Any

from vokasi_desktop.cli import build_parser
from vokasi_desktop.ui.selftest import run_self_test


def test_self_test_passes_and_leaves_the_environment_alone(qapp: Any) -> None:
    data_dir_before = os.environ.get("VOKASI_DATA_DIR")
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    text = out.getvalue()
    for check in ("Sumber daya", "Basis data", "Data demo", "Surat", "Sertifikat", "Excel",
                  "Jendela utama"):
        assert f"OK     {check}:" in text
    assert "kode QR tercetak terbaca dan sah" in text
    assert "Uji mandiri berhasil" in text and "GAGAL" not in text
    assert os.environ.get("VOKASI_DATA_DIR") == data_dir_before


def test_self_test_is_in_the_help() -> None:
    assert "--self-test" in build_parser().format_help()

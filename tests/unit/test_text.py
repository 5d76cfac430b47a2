"""The one free-text validator (defect 11)."""

from __future__ import annotations

import pytest

from vokasi_desktop.domain.text import TextError, clean_text, escape_like


@pytest.mark.parametrize("bad", ["SITI\x00AMINAH", "SITI\u202eHANIMA", "SI\u200bTI",
                                 "SITI\u2066X\u2069", "A\x1b[31mB", "\ufeffSITI", "SITI\ue000"])
def test_control_bidi_and_invisible_characters_are_refused_naming_the_field(bad: str) -> None:
    with pytest.raises(TextError) as info:
        clean_text(bad, "Nama", max_len=200)
    assert info.value.field == "Nama"
    assert info.value.message.startswith("Nama berisi ")


def test_nfc_spaces_and_lengths() -> None:
    decomposed = "Andre\u0301 "  # e + combining acute
    assert clean_text(decomposed, "Nama", max_len=10) == "Andr\u00e9"
    assert clean_text("  SITI   AMINAH ", "Nama", max_len=200) == "SITI AMINAH"
    assert clean_text("Jl. Mawar 1\r\n  RT 02 ", "Alamat", max_len=50,
                      multiline=True) == "Jl. Mawar 1\nRT 02"
    with pytest.raises(TextError, match="maksimal 5"):
        clean_text("ABCDEF", "Kode", max_len=5)
    with pytest.raises(TextError, match="minimal 2"):
        clean_text(" A ", "Nama", max_len=200, min_len=2)
    with pytest.raises(TextError, match="Alasan"):
        clean_text("a\nb", "Alasan", max_len=50)  # single-line field: newline is control


def test_escape_like() -> None:
    assert escape_like("50%_a\\b") == "50\\%\\_a\\\\b"


def test_first_forbidden_fast_path_agrees_with_the_categories() -> None:
    """Printable strings skip the per-character loop: no printable character may be in a
    refused category (checked over every code point), and mixed texts are still caught."""
    import sys
    import unicodedata

    from vokasi_desktop.domain.text import first_forbidden

    refused = {"Cc", "Cf", "Cs", "Co", "Cn"}
    leaks = [hex(i) for i in range(sys.maxunicode + 1)
             if chr(i).isprintable() and unicodedata.category(chr(i)) in refused]
    assert leaks == []
    assert first_forbidden("Siti Aminah") is None
    assert first_forbidden("Siti\u00a0Aminah") is None  # NBSP: not printable, not refused
    assert first_forbidden("Siti\u200bAminah") == "\u200b"
    assert first_forbidden("Jl. Mawar\n\tNo. 1", multiline=True) is None
    assert first_forbidden("Jl. Mawar\nNo. 1\u202e", multiline=True) == "\u202e"
    assert first_forbidden("Jl. Mawar\nNo. 1") == "\n"

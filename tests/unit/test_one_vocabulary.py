"""No code label or code set outside the vocabulary (issue 10 item 5, "done means").

Scans the package's sources (not the generated forms or the migrations) for three kinds of
drift the vocabulary replaced:

1. a dict literal keyed by two or more codes of one set with word values: a label table
   (colour, symbol and tone tables have names or one-word lowercase values and pass);
2. a string constant equal to a distinctive Indonesian wording of a code (label, phrase or
   template note with a space, parenthesis or capital inside: "Terkena PHK", "daring (online)");
3. a tuple, list or set literal holding a whole code set, or a group of the vocabulary
   (the laid-off statuses, the active enrolment statuses).

Known exceptions are listed with their reason; a new one needs a reason too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from vokasi_desktop.domain import vocabulary as v

PACKAGE = Path(v.__file__).resolve().parents[1]
VOCABULARY = Path(v.__file__).resolve()

# (path relative to the package, line text fragment) -> why it is not a second vocabulary.
ALLOWED: dict[tuple[str, str], str] = {
    ("domain/eligibility/presets.py", "*"):
        "shipped rule sets: allowed segments/statuses/types are rule parameters (data)",
    ("domain/eligibility/result.py", "*"):
        "typed Literal tuples; test_vocabulary checks they equal the vocabulary's codes",
    ("cli/entry.py", "OUTCOME_LABELS"):
        "the CLI's fixed-width outcome column (MEMENUHI/TIDAK/CATATAN), not a label",
    ("ui/pages/members.py", "SEGMENT_SHORT"): "the segment codes themselves, for a narrow column",
    ("services/documents.py", "VERDICT_NEXT_STEP"): "next-step sentences per verdict",
    ("domain/numbering.py", "*"): "number templates and letter codes per document type",
    ("services/demo.py", "*"): "demo data generator: weighted choices and name prefixes",
    ("documents/monthly_report.py", "Tidak lulus"): "a column heading (a count), not a code",
}


def _sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if p != VOCABULARY and "generated" not in p.parts and "migrations" not in p.parts]


_PARSED: dict[Path, tuple[list[str], list[ast.AST]]] = {}


def _parsed(path: Path) -> tuple[list[str], list[ast.AST]]:
    if path not in _PARSED:
        text = path.read_text(encoding="utf-8")
        _PARSED[path] = (text.splitlines(), list(ast.walk(ast.parse(text))))
    return _PARSED[path]


def _allowed(rel: str, line: str) -> bool:
    if "Literal[" in line:  # a type: mypy checks its uses
        return True
    return any(path == rel and (frag == "*" or frag in line) for path, frag in ALLOWED)


def _distinctive_wordings() -> dict[str, str]:
    out: dict[str, str] = {}
    for code_set in v.ALL_SETS:
        for term in code_set:
            for wording in {term.label, term.phrase, term.note} - {""}:
                if len(wording) >= 6 and (" " in wording or "(" in wording):
                    out.setdefault(wording, f"{code_set.name} {term.code!r}")
    return out


def _strings(node: ast.AST) -> list[str] | None:
    if isinstance(node, ast.Tuple | ast.List | ast.Set) and node.elts and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return [e.value for e in node.elts if isinstance(e, ast.Constant)]
    return None


def _is_word_value(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    text = node.value
    return len(text) >= 4 and (" " in text or text[:1].isupper())


def _violations() -> list[str]:
    wordings = _distinctive_wordings()
    groups = {frozenset(v.LAID_OFF_STATUSES): "LAID_OFF_STATUSES",
              frozenset(v.ACTIVE_ENROLLMENT_STATUSES): "ACTIVE_ENROLLMENT_STATUSES"}
    groups.update({frozenset(s.codes): s.name for s in v.ALL_SETS if len(s) >= 2})
    found = []
    for path in _sources():
        rel = path.relative_to(PACKAGE).as_posix()
        lines, nodes = _parsed(path)
        for node in nodes:
            line = lines[node.lineno - 1] if hasattr(node, "lineno") else ""
            where = f"{rel}:{getattr(node, 'lineno', 0)}"
            if _allowed(rel, line):
                continue
            if isinstance(node, ast.Dict) and len(node.keys) >= 2 and all(
                    isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                for code_set in v.ALL_SETS:
                    if keys <= set(code_set.codes) and any(map(_is_word_value, node.values)):
                        found.append(f"{where}: label table of {code_set.name} codes")
                        break
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and node.value in wordings):
                found.append(f"{where}: wording {node.value!r} of {wordings[node.value]}")
            values = _strings(node)
            if values and len(set(values)) >= 2 and frozenset(values) in groups:
                found.append(f"{where}: code set {groups[frozenset(values)]} written out")
    return found


def test_no_code_wording_or_code_set_outside_the_vocabulary() -> None:
    assert _violations() == []


def test_every_exception_is_still_needed() -> None:
    full = dict(ALLOWED)
    try:
        for key in full:
            ALLOWED.clear()
            ALLOWED.update({k: why for k, why in full.items() if k != key})
            assert _violations(), f"{key} is no longer needed: remove it from ALLOWED"
    finally:
        ALLOWED.clear()
        ALLOWED.update(full)


def test_the_scan_finds_what_it_looks_for(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanner is not vacuous: the old drift is reported."""
    fake = tmp_path / "vokasi_desktop"
    (fake / "services").mkdir(parents=True)
    (fake / "services" / "old.py").write_text(
        'MODE_LABELS = {"daring": "Daring", "luring": "Luring"}\n'
        'TEXT = "terkena PHK"\n'
        'LAID_OFF = ("laid_off", "contract_ended")\n', encoding="utf-8")
    monkeypatch.setitem(globals(), "PACKAGE", fake)
    found = _violations()
    assert len(found) == 3, found

"""Every service error code has an English text, and the English texts ask only for parameters
the raising code gives.

The sources under ``vokasi_desktop/`` are read with :mod:`ast` (nothing is run): every way a
:class:`~vokasi_desktop.domain.errors.ServiceError` gets its code is followed -

* a call of ``ServiceError`` or of a subclass with the code as a string (first argument or
  ``code=``), the message and the ``params`` beside it;
* a subclass whose ``__init__`` passes a fixed code to ``super().__init__`` (``Cancelled``,
  ``PermissionDenied`` ...);
* a helper function that passes one of its own parameters on as the code
  (``exchange_format._refuse(code, message)``), called with a string;
* a domain error re-raised as a service error with its own code (``except IdentifierError as
  exc: raise ValidationError(exc.code, ...)``): the codes of the class caught;
* a code taken from a local table inside the function (the import header check's
  ``problems``): every string in that function that the English path knows as a code of that
  class (checked against ``_DYNAMIC`` below, which names those functions on purpose).

A raise site the scan cannot follow fails the test, so a new pattern is noticed, not missed.
"""

from __future__ import annotations

import ast
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from vokasi_desktop.ui import errors_en, import_text

ROOT = Path(__file__).resolve().parents[2] / "vokasi_desktop"
_PERCENT = re.compile(r"%\((\w+)\)")


@dataclass
class Site:
    path: str
    line: int
    cls: str
    message: str | None  # the Indonesian text with ``{expr}`` for a formatted part
    params: set[str] | None  # None: not statically visible

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Scan:
    sites: dict[str, list[Site]] = field(default_factory=lambda: defaultdict(list))
    unresolved: list[str] = field(default_factory=list)


def _modules(include_ui: bool) -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent).as_posix()
        if not include_ui and rel.startswith("vokasi_desktop/ui/"):
            continue
        out.append((rel, ast.parse(path.read_text(encoding="utf-8"))))
    return out


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _message(node: ast.expr | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{" +
                       ast.unparse(v.value) + "}"  # type: ignore[attr-defined]
                       for v in node.values)
    if isinstance(node, ast.BinOp):
        left, right = _message(node.left), _message(node.right)
        return (left or "") + (right or "")
    return ast.unparse(node)


def _params(node: ast.expr | None) -> set[str] | None:
    if node is None:
        return set()
    if isinstance(node, ast.Constant) and node.value is None:
        return set()
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        return {str(k.value) for k in node.keys if isinstance(k, ast.Constant)}
    if isinstance(node, ast.Call) and _name(node.func) == "dict" and not node.args:
        return {kw.arg for kw in node.keywords if kw.arg}
    return None


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _enclosing(node: ast.AST, parents: dict[ast.AST, ast.AST],
               kind: type[ast.AST] | tuple[type[ast.AST], ...]) -> ast.AST | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, kind):
            return node
    return None


def _arg_names(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    return [a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)]


# Where a code comes from a list built inside the function: (path, function) -> the class.
_DYNAMIC = {("vokasi_desktop/documents/xlsx_import/reader.py", "_match_header"):
            "ImportFileError"}


def _service_classes(modules: list[tuple[str, ast.Module]]) -> dict[str, ast.ClassDef]:
    classes: set[str] = {"ServiceError"}
    defs: dict[str, ast.ClassDef] = {}
    changed = True
    while changed:
        changed = False
        for _, tree in modules:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in classes and any(
                        _name(b) in classes for b in node.bases):
                    classes.add(node.name)
                    defs[node.name] = node
                    changed = True
    return defs


def _signature(cls: ast.ClassDef | None, classes: dict[str, ast.ClassDef]) -> tuple[
        list[str], list[tuple[str, str | None, set[str] | None]] | None]:
    """The class's own constructor arguments (after self) and its fixed codes (None: the
    code is passed through as the first argument)."""
    base_args = ["code", "message", "params"]
    if cls is None:
        return base_args, None
    init = next((n for n in cls.body if isinstance(n, ast.FunctionDef)
                 and n.name == "__init__"), None)
    if init is None:
        parent = next((_name(b) for b in cls.bases if _name(b) in classes), None)
        return _signature(classes.get(parent or ""), classes)
    args = _arg_names(init)[1:]
    fixed: list[tuple[str, str | None, set[str] | None]] = []
    for call in ast.walk(init):
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "__init__" and call.args):
            first = call.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                msg = _message(call.args[1]) if len(call.args) > 1 else None
                fixed.append((first.value, msg, _params(call.args[2] if len(call.args) > 2
                                                          else None)))
    return args, (fixed or None)


def _formatted_codes(modules: list[tuple[str, ast.Module]], code: ast.JoinedStr,
                     func: ast.FunctionDef) -> set[str]:
    """``f"{prefix}_empty"`` inside ``func``: filled with each string ``func`` is called with."""
    names = [v.value.id for v in code.values
             if isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Name)]
    if len(names) != 1 or names[0] not in _arg_names(func):
        return set()
    index = _arg_names(func).index(names[0])
    codes = set()
    for _, tree in modules:
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _name(call.func) != func.name:
                continue
            bound = dict(zip(_arg_names(func), call.args, strict=False))
            bound.update({kw.arg: kw.value for kw in call.keywords if kw.arg})
            value = bound.get(_arg_names(func)[index])
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                codes.add("".join(value.value if isinstance(v, ast.FormattedValue)
                                  else str(v.value)  # type: ignore[attr-defined]
                                  for v in code.values))
    return codes


def _codes_of_class(modules: list[tuple[str, ast.Module]], cls: str) -> set[str]:
    """String codes a (domain, non-service) error class is raised with."""
    codes: set[str] = set()
    helpers: set[str] = set()
    for _, tree in modules:
        parents = _parents(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == cls and node.args:
                first = node.args[0]
                func = _enclosing(node, parents, (ast.FunctionDef,))
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    codes.add(first.value)
                elif isinstance(first, ast.Name):
                    if isinstance(func, ast.FunctionDef) and first.id in _arg_names(func):
                        helpers.add(func.name)
                elif isinstance(first, ast.JoinedStr) and isinstance(func, ast.FunctionDef):
                    codes |= _formatted_codes(modules, first, func)
    for _, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in helpers and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    codes.add(first.value)
    return codes


@functools.cache
def scan(include_ui: bool = False) -> Scan:
    modules = _modules(include_ui)
    every = _modules(True)
    classes = _service_classes(every)
    result = Scan()
    # (path, name) -> (index of the code argument, class, argument names)
    helpers: dict[tuple[str, str], tuple[int, str, list[str]]] = {}
    fixed_seen: set[str] = set()

    def add(code: str, site: Site) -> None:
        result.sites[code].append(site)

    for path, tree in modules:
        parents = _parents(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            cls = _name(node.func)
            if cls not in classes and cls != "ServiceError":
                continue
            args, fixed = _signature(classes.get(cls or ""), classes)
            if fixed is not None:
                if cls not in fixed_seen:
                    fixed_seen.add(cls or "")
                    for code, msg, params in fixed:
                        add(code, Site(path, node.lineno, cls or "", msg, params))
                continue
            bound: dict[str, ast.expr] = dict(zip(args, node.args, strict=False))
            bound.update({kw.arg: kw.value for kw in node.keywords if kw.arg})
            first = bound.get("code")
            site = Site(path, node.lineno, cls or "", _message(bound.get("message")),
                        _params(bound.get("params")))
            func = _enclosing(node, parents, (ast.FunctionDef,))
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                add(first.value, site)
            elif (isinstance(first, ast.Name) and isinstance(func, ast.FunctionDef)
                  and first.id in _arg_names(func)):
                helpers[(path, func.name)] = (_arg_names(func).index(first.id), cls or "",
                                              _arg_names(func))
            elif isinstance(first, ast.Attribute) and first.attr == "code":
                handler = _enclosing(node, parents, ast.ExceptHandler)
                if not isinstance(handler, ast.ExceptHandler) or handler.type is None:
                    result.unresolved.append(f"{site}: {ast.unparse(first)}")
                    continue
                caught = (handler.type.elts if isinstance(handler.type, ast.Tuple)
                          else [handler.type])
                for kind in caught:
                    name = _name(kind) or ""
                    if name in classes:  # a service error re-raised: its codes count already
                        continue
                    found = _codes_of_class(every, name)
                    if not found:
                        result.unresolved.append(f"{site}: codes of {name}")
                    params = site.params if site.params == set() else None
                    for code in found:
                        add(code, Site(path, node.lineno, cls or "", None, params))
            elif (isinstance(func, ast.FunctionDef)
                  and _DYNAMIC.get((path, func.name)) == cls):
                for const in ast.walk(func):
                    if (isinstance(const, ast.Tuple) and const.elts
                            and isinstance(const.elts[0], ast.Constant)
                            and isinstance(const.elts[0].value, str)):
                        add(const.elts[0].value, Site(path, node.lineno, cls or "", None, None))
            else:
                result.unresolved.append(f"{site}: {ast.unparse(node)[:80]}")
    for path, tree in modules:
        local = {name: (path, name) for (where, name) in helpers if where == path}
        for node in ast.walk(tree):  # a helper imported from another module
            if isinstance(node, ast.ImportFrom) and node.module:
                source = node.module.replace(".", "/") + ".py"
                for alias in node.names:
                    if (source, alias.name) in helpers:
                        local[alias.asname or alias.name] = (source, alias.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in local:
                continue
            if isinstance(node.func, ast.Attribute):
                continue  # a method of the same name, not the helper
            index, cls, args = helpers[local[_name(node.func) or ""]]
            bound = dict(zip(args, node.args, strict=False))
            bound.update({kw.arg: kw.value for kw in node.keywords if kw.arg})
            first = node.args[index] if len(node.args) > index else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                add(first.value, Site(path, node.lineno, cls, _message(bound.get("message")),
                                      _params(bound.get("params"))))
            else:
                result.unresolved.append(f"{path}:{node.lineno}: {ast.unparse(node)[:80]}")
    return result


def _english(code: str, cls: str, table: dict[str, str]) -> str | None:
    """The English text the GUI shows for a code raised by ``cls`` (None: Indonesian)."""
    if cls == "ImportFileError":  # ui.errors hands these to ui.import_text
        if code in ("unknown_header", "duplicate_header", "missing_header"):
            return import_text._HEADER_PROBLEMS_EN
        return import_text.FILE_ERRORS_EN.get(code)
    return table.get(code)


def missing_codes(table: dict[str, str]) -> list[str]:
    """Codes raised outside ui/ that the English GUI would show in Indonesian."""
    return sorted({f"{code} ({sites[0]})" for code, sites in scan().sites.items()
                   if any(_english(code, site.cls, table) is None for site in sites)})


def param_problems(table: dict[str, str]) -> list[str]:
    """``%(name)`` in an English text that a raise site of the code does not pass (the GUI
    would then fall back to the Indonesian message); sites whose params are built at run time
    (``err.params``) are not checked."""
    problems = []
    for code, sites in scan(include_ui=True).sites.items():
        template = table.get(code)
        if template is None:
            continue
        derived = errors_en.DERIVED_PARAMS.get(code, set())
        for name in _PERCENT.findall(template):
            problems += [f"{code}: %({name}) not passed at {site}" for site in sites
                         if name not in derived and site.params is not None
                         and name not in site.params]
    return problems


def test_the_scan_follows_every_raise_site() -> None:
    found = scan()
    assert not found.unresolved, "\n".join(found.unresolved)
    # The scan finds the patterns it claims to (a broken scan would pass everything).
    for code in ("cancelled", "database_busy", "forbidden", "session_invalid", "nik_length",
                 "kk_length", "text_too_long", "package_corrupt", "backup_invalid",
                 "missing_header", "phone_format", "similar_member"):
        assert code in found.sites, code
    assert len(found.sites) > 200


def test_every_service_error_code_has_an_english_text() -> None:
    missing = missing_codes(errors_en.SERVICE_ERRORS_EN)
    assert not missing, f"{len(missing)} codes without English text:\n" + "\n".join(missing)


def test_a_code_without_english_text_is_reported() -> None:
    table = dict(errors_en.SERVICE_ERRORS_EN)
    del table["backup_invalid"], table["nik_length"]
    assert [line.split()[0] for line in missing_codes(table)] == ["backup_invalid",
                                                                   "nik_length"]


def test_english_texts_ask_only_for_parameters_the_raise_sites_give() -> None:
    problems = param_problems(errors_en.SERVICE_ERRORS_EN)
    assert not problems, "\n".join(problems)


def test_a_parameter_the_raise_site_does_not_give_is_reported() -> None:
    table = {**errors_en.SERVICE_ERRORS_EN, "member_missing": "Member %(name) was not found.",
             "demo_check": "Table %(table) breaks %(rule)."}
    problems = param_problems(table)
    assert problems and all(p.startswith(("member_missing: %(name)", "demo_check: %(rule)"))
                            for p in problems)
    assert {p.split(":")[0] for p in problems} == {"member_missing", "demo_check"}


def test_every_english_text_belongs_to_a_raised_code() -> None:
    raised = set(scan(include_ui=True).sites)
    stale = sorted(set(errors_en.SERVICE_ERRORS_EN) - raised)
    assert not stale, f"English texts for codes nobody raises: {stale}"

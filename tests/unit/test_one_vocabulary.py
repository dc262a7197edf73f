"""One vocabulary: every domain word has one Dutch and one English label, declared once."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import tomllib
from enum import Enum, StrEnum
from pathlib import Path

import ehbc_desktop
import ehbc_desktop.domain
from ehbc_desktop import vocabulary
from ehbc_desktop.domain.enums import CaseStatus, Role
from ehbc_desktop.package_data import resource

PACKAGE = Path(ehbc_desktop.__file__).parent

# Domain enums whose members stand for whole sentences (a reason, an advice, a problem), not for
# words: the window says them through Qt Linguist and the documents through their own texts.
MESSAGE_ENUMS = {
    "planning.DayKind",  # a warning sentence about a day that is no school day
    "recommendation.RecommendationOutcome",  # the recommendation's explanation
    "rules.agreements.AgreementPart",  # which part of an agreement is missing
    "rules.closing.ClosingGap",
    "rules.escalation.EscalationProposal",
    "rules.reasons.RuleReason",
    "statistics.suppression.Mark",  # how a count is shown: "< 5", a dash
    "stepplan.StepReason",
    "triage.TriageNote",
    "triage.TriageProblem",
}


def _domain_enums() -> dict[str, type[StrEnum]]:
    found: dict[str, type[StrEnum]] = {}
    prefix = "ehbc_desktop.domain."
    for info in pkgutil.walk_packages(ehbc_desktop.domain.__path__, prefix):
        module = importlib.import_module(info.name)
        for _, kind in inspect.getmembers(module, inspect.isclass):
            if issubclass(kind, Enum) and kind.__module__ == module.__name__:
                assert issubclass(kind, StrEnum), kind
                found[vocabulary.section_of(kind)] = kind
    return found


def _word_enums() -> dict[str, type[StrEnum]]:
    return {name: kind for name, kind in _domain_enums().items() if name not in MESSAGE_ENUMS}


def test_every_domain_word_has_one_dutch_and_one_english_label() -> None:
    enums = _word_enums()
    assert len(enums) >= 38
    for kind in enums.values():
        for member in kind:
            dutch, english = vocabulary.label(member, "nl"), vocabulary.label(member, "en")
            assert dutch.strip() and english.strip(), member
            assert kind(member.value).value in vocabulary.words_of(kind), f"no word for {member!r}"


def test_the_data_file_names_only_real_enums_and_members() -> None:
    enums = _domain_enums()
    assert set(enums) >= MESSAGE_ENUMS, "a message enum was renamed or removed"
    with resource("vocabulary.toml").open("rb") as handle:
        tomllib.load(handle)  # well-formed
    for name, kind in _word_enums().items():
        stored = set(vocabulary.words_of(kind))
        assert stored == {m.value for m in kind}, name
        for pair in vocabulary.words_of(kind).values():
            assert len(pair) == 2


def test_equal_values_of_different_enums_keep_their_own_words() -> None:
    from ehbc_desktop.domain.enums import ConversationKind, ReporterKind

    assert vocabulary.label(Role.VICTIM, "nl") == "gepeste"
    assert vocabulary.label(ReporterKind.VICTIM, "nl") == "de gepeste leerling zelf"
    assert vocabulary.label(ConversationKind.VICTIM, "nl") == "gesprek met de gepeste leerling"


def test_without_a_language_the_window_s_current_one_is_used() -> None:
    try:
        vocabulary.use_language("nl_BE")
        assert vocabulary.label(CaseStatus.CLOSED) == "afgesloten"
        assert vocabulary.capitalised(Role.BULLY) == "Pester"
        vocabulary.use_language("en")
        assert vocabulary.label(CaseStatus.CLOSED) == "closed"
        assert vocabulary.label(CaseStatus.CLOSED, "nl") == "afgesloten"
    finally:
        vocabulary.use_language("en")


_TRANSLATING = {"QT_TRANSLATE_NOOP", "tr", "translate", "_tr"}
# Enum-keyed tables of text that are not the names of their keys.
ALLOWED = {
    "reports/statistics_labels.py:_NONE_BY_TABLE",  # what an empty row means in each table
}


def _is_text(node: ast.expr) -> bool:
    """A word or sentence: a marked translation, a (Dutch, English) pair, or a plain phrase."""
    if isinstance(node, ast.Constant):
        value = node.value
        return isinstance(value, str) and not _is_code(value) and any(c.isalpha() for c in value)
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        return name in _TRANSLATING
    if isinstance(node, ast.Tuple):
        return bool(node.elts) and all(_is_text(e) for e in node.elts)
    return False


def _is_code(value: str) -> bool:
    """A stored key ("parents_victim", a form id), an event code ("case.opened") or a colour
    ("#e6f4ea"), not a word."""
    parts = value.split(".")
    identifier = all(p.isascii() and p.isidentifier() and p == p.lower() for p in parts)
    return identifier or value.startswith("#")


def _domain_names(tree: ast.AST) -> set[str]:
    """The names a module imports from the domain."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "ehbc_desktop.domain"
        ):
            names |= {alias.asname or alias.name for alias in node.names}
    return names


def _enum_keyed_text_tables(tree: ast.AST, word_enums: set[str]) -> list[str]:
    keys_of = _domain_names(tree) & word_enums
    found = [f"pairs at line {node.lineno}" for node in ast.walk(tree) if _is_pair(node, keys_of)]
    for node in ast.walk(tree):
        target, table = _assigned_dict(node)
        if table is None:
            continue
        enum_keys = [
            k for k in table.keys
            if isinstance(k, ast.Attribute) and isinstance(k.value, ast.Name)
            and k.value.id in keys_of
        ]  # fmt: skip
        if enum_keys and any(_is_text(v) for v in table.values):
            found.append(target or f"line {table.lineno}")
    return found


def _is_pair(node: ast.AST, keys_of: set[str]) -> bool:
    """`(Role.VICTIM, self.tr("Victim"))`: a member paired with its text in a list of choices."""
    if not isinstance(node, ast.Tuple) or len(node.elts) != 2:
        return False
    key, text = node.elts
    is_member = isinstance(key, ast.Attribute) and isinstance(key.value, ast.Name)
    marked = isinstance(text, ast.Call | ast.Tuple) and _is_text(text)  # not a plain name
    return is_member and key.value.id in keys_of and marked  # type: ignore[union-attr]


def _assigned_dict(node: ast.AST) -> tuple[str, ast.Dict | None]:
    if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return ",".join(t.id for t in targets if isinstance(t, ast.Name)), node.value
    if isinstance(node, ast.Return) and isinstance(node.value, ast.Dict):
        return "", node.value
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):
        return "", node.value
    return "", None


def test_no_module_outside_the_vocabulary_keeps_its_own_enum_to_text_table() -> None:
    word_enums = {kind.__name__ for kind in _word_enums().values()}
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [
            f"{path.relative_to(PACKAGE).as_posix()}:{name}"
            for name in _enum_keyed_text_tables(tree, word_enums)
        ]
    assert sorted(set(offenders) - ALLOWED) == [], "enum words belong in resources/vocabulary.toml"
    assert set(offenders) >= ALLOWED, "an allowed table is gone: drop it from ALLOWED"

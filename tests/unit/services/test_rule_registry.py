"""One rule registry: every rule a form may name has exactly one check, used everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

from ehbc_desktop.formspec import RuleName
from ehbc_desktop.formspec.rules import START_RULES
from ehbc_desktop.services.conversations.conversation_rules import RULE_CHECKS

ROOT = Path(__file__).resolve().parents[3] / "ehbc_desktop"


def test_every_rule_name_has_one_check() -> None:
    assert set(RULE_CHECKS) == set(RuleName)
    assert set(START_RULES) <= set(RULE_CHECKS)


def test_no_rule_is_named_by_a_string_literal_outside_the_form_language() -> None:
    names = {rule.value for rule in RuleName}
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.parent.name == "formspec":
            continue  # the form language declares the names
        tree = ast.parse(path.read_text(encoding="utf-8"))
        exported = {  # `__all__` lists function names that may equal a rule's name
            id(c) for n in ast.walk(tree) if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)
            for c in ast.walk(n.value)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in names and id(node) not in exported:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value}")
    assert found == []

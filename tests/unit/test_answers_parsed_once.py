"""A form's answers are parsed once, where they enter, and travel typed from there.

Reads every module of the package as a syntax tree: `parse_date` is called in the one parser
of answers only; the entries that turn raw values into typed answers are called only at the
boundaries (a service's entry, the wizard loading a draft, the guard reading the wizard's
answers so far); and the modules downstream of those entries take no raw answers
(`Mapping[str, Any]`) at all.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ehbc_desktop"

#: The one parser of answers.
PARSER = Path("formspec/typed_answers.py")
#: Raw values become typed answers here, and only here.
ENTRIES = {"parse_answers", "parse_draft", "typed_answers", "checked_answers"}
BOUNDARIES = {
    PARSER,
    Path("services/form_answers.py"),  # every service method taking answers enters here
    Path("services/conversations/conversations.py"),  # ConversationService.finish
    Path("services/steps/intake.py"),  # IntakeService.record_report / add_report
    Path("services/steps/step_forms.py"),  # StepFormService.finish_*
    Path("ui/wizard/wizard.py"),  # a draft loaded into the wizard
    Path("ui/conversations/guard.py"),  # the wizard's answers so far, for the rules
}
#: Downstream of the entries: answers arrive typed, so no parameter holds raw ones.
DOWNSTREAM = (
    "services/conversations",
    "services/steps",
    "services/rights",
    "services/documents",
    "domain",
    "reports",
)
#: Drafts keep the wizard's state as typed so far (read back through `parse_draft`).
RAW_ALLOWED = {Path("services/steps/drafts.py")}


def _called(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call):
        return None
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _raw_parameters(tree: ast.AST) -> list[ast.arg]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
            for argument in arguments:
                annotation = ast.unparse(argument.annotation) if argument.annotation else ""
                if annotation.replace(" ", "") == "Mapping[str,Any]":
                    found.append(argument)
    return found


def _problems(path: Path, root: Path = PACKAGE) -> list[str]:
    where = path.relative_to(root)
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        name = _called(node)
        if name == "parse_date" and where != PARSER:
            found.append(f"{where}:{getattr(node, 'lineno', 0)} parse_date")
        if name in ENTRIES and where not in BOUNDARIES:
            found.append(f"{where}:{getattr(node, 'lineno', 0)} {name}")
    if str(where.parent).startswith(DOWNSTREAM) and where not in RAW_ALLOWED:
        for argument in _raw_parameters(tree):
            found.append(f"{where}:{argument.lineno} raw answers {argument.arg}")
    return found


def test_answers_are_parsed_once_at_the_boundary() -> None:
    problems = [
        problem for path in sorted(PACKAGE.rglob("*.py")) for problem in _problems(path)
    ]
    assert problems == []


def test_the_check_sees_what_it_forbids(tmp_path: Path) -> None:
    sample = tmp_path / "services" / "steps" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        "from collections.abc import Mapping\n"
        "from typing import Any\n"
        "def f(values: Mapping[str, Any]) -> object:\n"
        "    parse_answers(None, values)\n"
        "    return parse_date(values.get('held_on'))\n",
        encoding="utf-8",
    )
    assert len(_problems(sample, tmp_path)) == 3

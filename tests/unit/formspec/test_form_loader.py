"""A school's own form folder replaces built-ins one by one; a broken file never stops the start."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ehbc_desktop.formspec import FormErrorCode, builtin_forms_dir, load_form, load_forms

BUILTIN = builtin_forms_dir()


def _school_copy(tmp_path: Path, form_id: str) -> Path:
    folder = tmp_path / "school"
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(BUILTIN / f"{form_id}.toml", folder / f"{form_id}.toml"))


def test_a_missing_school_folder_gives_the_builtins(tmp_path: Path) -> None:
    forms = load_forms(tmp_path / "nowhere")
    assert "victim" in forms and forms.errors == () and forms.school_ids == frozenset()


def test_an_edited_school_form_replaces_the_builtin(tmp_path: Path) -> None:
    path = _school_copy(tmp_path, "victim")
    text = re.sub(r"^version = \d+$", "version = 77", path.read_text(encoding="utf-8"), count=1,
                  flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")
    forms = load_forms(path.parent, BUILTIN)
    assert forms.get("victim").version == 77
    assert forms.school_ids == frozenset({"victim"})
    assert forms.get("bully").version == load_forms(None, BUILTIN).get("bully").version


def test_a_broken_school_form_keeps_the_builtin_and_reports_file_and_line(tmp_path: Path) -> None:
    path = _school_copy(tmp_path, "victim")
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line == 'type = "yesno"')
    lines[number] = 'type = "thumbs"'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    forms = load_forms(path.parent, BUILTIN)

    assert forms.get("victim").version == load_forms(None, BUILTIN).get("victim").version
    assert forms.get("victim").field("praise_given") is not None
    assert forms.school_ids == frozenset()
    (error,) = forms.errors
    assert error.path == path
    assert (error.code, error.line) == (FormErrorCode.UNKNOWN_FIELD_TYPE, number + 1)


def test_a_school_form_with_a_syntax_error_is_reported(tmp_path: Path) -> None:
    path = _school_copy(tmp_path, "report")
    path.write_text('id = "report"\nversion = [\n', encoding="utf-8")
    forms = load_forms(path.parent, BUILTIN)
    assert forms.get("report").pages
    (error,) = forms.errors
    assert error.code is FormErrorCode.SYNTAX and error.path.name == "report.toml"


def test_a_school_form_may_not_change_the_kind_of_an_id(tmp_path: Path) -> None:
    path = _school_copy(tmp_path, "parents_other")
    text = path.read_text(encoding="utf-8").replace('kind = "parents_other"', 'kind = "bully"')
    path.write_text(text, encoding="utf-8")
    forms = load_forms(path.parent, BUILTIN)
    assert forms.get("parents_other").kind == "parents_other"
    (error,) = forms.errors
    assert (error.code, error.line) == (FormErrorCode.BAD_VALUE, 2)


def test_an_extra_school_form_is_added_and_found_by_kind(tmp_path: Path) -> None:
    path = _school_copy(tmp_path, "follow_up")
    text = path.read_text(encoding="utf-8").replace('id = "follow_up"', 'id = "short_check"', 1)
    path.rename(path.with_name("short_check.toml"))
    path.with_name("short_check.toml").write_text(text, encoding="utf-8")
    forms = load_forms(path.parent, BUILTIN)
    assert forms.get("short_check").kind == "follow_up"
    assert forms.for_kind("follow_up").id == "follow_up"  # type: ignore[union-attr]
    assert forms.school_ids == frozenset({"short_check"})


def test_two_school_files_with_one_id_keep_the_first(tmp_path: Path) -> None:
    first = _school_copy(tmp_path, "group")
    shutil.copy(first, first.with_name("group_copy.toml"))
    forms = load_forms(first.parent, BUILTIN)
    (error,) = forms.errors
    assert error.code is FormErrorCode.DUPLICATE_ID and error.path.name == "group_copy.toml"
    assert forms.school_ids == frozenset({"group"})


def test_a_broken_builtin_is_reported_not_raised(tmp_path: Path) -> None:
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    shutil.copy(BUILTIN / "triage.toml", builtin / "triage.toml")
    (builtin / "bad.toml").write_text("id = 3\n", encoding="utf-8")
    forms = load_forms(None, builtin)
    assert list(forms.forms) == ["triage"]
    assert [error.path.name for error in forms.errors] == ["bad.toml"]


def test_the_example_in_the_documentation_loads(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "forms.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    spec = load_form(path)
    assert spec.field("what_went_wrong").required_when.value == "worse"  # type: ignore[union-attr]


def test_the_programs_own_forms_are_read_once_per_run(tmp_path: Path) -> None:
    first, second = load_forms(None), load_forms(tmp_path)
    assert first.get("report") is second.get("report")  # parsed once, shared (frozen specs)
    # A folder given as the built-in one (the tests' own) is read each time.
    copy = tmp_path / "builtin"
    copy.mkdir()
    (copy / "report.toml").write_text(
        (builtin_forms_dir() / "report.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert load_forms(None, copy).get("report") is not load_forms(None, copy).get("report")

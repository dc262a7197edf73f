"""A broken form file gives a FormError that names the file, the line and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehbc_desktop.formspec import FormError, FormErrorCode, load_form

MINIMAL = """\
id = "mini"
version = 1
kind = "victim"
title = { nl = "Mini", en = "Mini" }
rules = ["next_date_required"]

[[pages]]
id = "one"
title = { nl = "Een", en = "One" }

[[pages.fields]]
id = "pick"
type = "choice"
label = { nl = "Kies", en = "Pick" }
options = [
  { id = "a", label = { nl = "A", en = "A" } },
  { id = "b", label = { nl = "B", en = "B" } },
]

[[pages.fields]]
id = "note"
type = "textarea"
label = { nl = "Notitie", en = "Note" }
required_when = { field = "pick", equals = "a" }
"""

SECOND_PAGE = '''
[[pages]]
id = "two"
title = { nl = "Twee", en = "Two" }

[pages.guidance]
nl = """
Eerste tip met een [haakje] en een = teken.
Tweede tip."""
en = """
First tip with a [bracket] and an = sign.
Second tip."""

[[pages.fields]]
id = "when"
type = "date"
label = { nl = "Wanneer", en = "When" }
'''


def _write(tmp_path: Path, text: str | bytes, name: str = "mini.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path: Path, text: str | bytes) -> FormError:
    with pytest.raises(FormError) as caught:
        load_form(_write(tmp_path, text))
    return caught.value


def test_the_minimal_form_loads(tmp_path: Path) -> None:
    spec = load_form(_write(tmp_path, MINIMAL + SECOND_PAGE))
    assert [page.id for page in spec.pages] == ["one", "two"]
    assert spec.page("two").guidance.en.splitlines()[1] == "Second tip."  # type: ignore[union-attr]
    assert spec.field("note").required_when.value == "a"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("old", "new", "code", "line"),
    [
        ("version = 1", "version = = 1", FormErrorCode.SYNTAX, 2),
        ('type = "textarea"', 'type = "essay"', FormErrorCode.UNKNOWN_FIELD_TYPE, 22),
        ('"next_date_required"', '"be_nice"', FormErrorCode.UNKNOWN_RULE, 5),
        ('id = "note"', 'id = "pick"', FormErrorCode.DUPLICATE_ID, 21),
        ('{ id = "b"', '{ id = "a"', FormErrorCode.DUPLICATE_ID, 17),
        ('label = { nl = "Notitie", en = "Note" }', 'label = { nl = "Notitie" }', "missing", 23),
        ('label = { nl = "B", en = "B" }', 'label = { en = "B" }', "missing", 17),
        ('type = "choice"\n', 'type = "choice"\ncolour = "red"\n', FormErrorCode.UNKNOWN_KEY, 14),
        ('field = "pick"', 'field = "pock"', FormErrorCode.BAD_REFERENCE, 24),
        ('equals = "a"', 'equals = "c"', FormErrorCode.BAD_REFERENCE, 24),
        ('kind = "victim"', 'kind = "lecture"', FormErrorCode.UNKNOWN_KIND, 3),
        ("version = 1", 'version = "1"', FormErrorCode.WRONG_TYPE, 2),
        ('title = { nl = "Een", en = "One" }\n', "", FormErrorCode.MISSING_KEY, 7),
        ('id = "one"', 'id = "One!"', FormErrorCode.BAD_VALUE, 8),
        ('type = "choice"\n', 'type = "choice"\nroles = ["victim"]\n', FormErrorCode.BAD_VALUE, 14),
    ],
)
def test_each_mistake_names_file_line_and_code(
    tmp_path: Path, old: str, new: str, code: FormErrorCode | str, line: int
) -> None:
    assert old in MINIMAL
    error = _error(tmp_path, MINIMAL.replace(old, new, 1))
    expected = FormErrorCode.MISSING_TRANSLATION if code == "missing" else code
    assert (error.code, error.line) == (expected, line), error.detail
    assert error.path.name == "mini.toml"
    assert str(error).startswith(f"mini.toml:{line}: {expected.value}:")


def test_lines_stay_right_after_multiline_guidance(tmp_path: Path) -> None:
    text = MINIMAL + SECOND_PAGE.replace('type = "date"', 'type = "calendar"')
    error = _error(tmp_path, text)
    assert error.code is FormErrorCode.UNKNOWN_FIELD_TYPE
    assert (MINIMAL + SECOND_PAGE).splitlines()[error.line - 1] == 'type = "date"'


def test_a_guidance_table_without_english_points_at_its_header(tmp_path: Path) -> None:
    broken = SECOND_PAGE.replace(
        'en = """\nFirst tip with a [bracket] and an = sign.\nSecond tip."""', ""
    )
    error = _error(tmp_path, MINIMAL + broken)
    assert error.code is FormErrorCode.MISSING_TRANSLATION
    assert (MINIMAL + broken).splitlines()[error.line - 1] == "[pages.guidance]"


def test_a_syntax_error_keeps_the_position_tomllib_reports(tmp_path: Path) -> None:
    error = _error(tmp_path, MINIMAL.replace('{ id = "a"', '{ id = "a" ;', 1))
    assert (error.code, error.line) == (FormErrorCode.SYNTAX, 16)
    assert "line 16" in error.detail


def test_a_file_that_is_not_utf8_is_unreadable_on_its_line(tmp_path: Path) -> None:
    raw = MINIMAL.encode("utf-8").replace(b'"Mini", en', b'"Mini\xff", en', 1)
    error = _error(tmp_path, raw)
    assert (error.code, error.line) == (FormErrorCode.UNREADABLE, 4)


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(FormError) as caught:
        load_form(tmp_path / "gone.toml")
    assert caught.value.code is FormErrorCode.UNREADABLE
    assert caught.value.path.name == "gone.toml"


def test_a_form_error_survives_pickling(tmp_path: Path) -> None:
    import pickle

    error = _error(tmp_path, MINIMAL.replace('"next_date_required"', '"be_nice"'))
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.line, copy.code, copy.detail, str(copy)) == (
        error.path,
        error.line,
        error.code,
        error.detail,
        str(error),
    )


def test_a_byte_order_mark_and_windows_line_ends_are_fine(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode("utf-8")
    assert load_form(_write(tmp_path, raw)).id == "mini"
    broken = raw.replace(b'type = "textarea"', b'type = "essay"')
    assert _error(tmp_path, broken).line == 22


CONDITIONAL_PAGE = '''
[[pages]]
id = "only_for_a"
shown_when = { field = "pick", equals = "a" }
title = { nl = "Enkel bij A", en = "Only for A" }

[[pages.fields]]
id = "why"
type = "textarea"
label = { nl = "Waarom", en = "Why" }
required = true
'''


def test_a_page_condition_is_given_to_every_field_of_the_page(tmp_path: Path) -> None:
    from ehbc_desktop.formspec import is_required, is_shown

    spec = load_form(_write(tmp_path, MINIMAL + CONDITIONAL_PAGE))
    page = spec.pages[1]
    (why,) = page.fields
    assert page.shown_when is not None and why.shown_when == page.shown_when
    assert is_shown(spec, why, {"pick": "a"}) and is_required(spec, why, {"pick": "a"})
    assert not is_shown(spec, why, {"pick": "b"}) and not is_required(spec, why, {"pick": "b"})


def test_a_field_on_a_conditional_page_has_no_condition_of_its_own(tmp_path: Path) -> None:
    text = MINIMAL + CONDITIONAL_PAGE.replace(
        "required = true", 'shown_when = { field = "pick", equals = "b" }'
    )
    with pytest.raises(FormError) as caught:
        load_form(_write(tmp_path, text))
    assert caught.value.code is FormErrorCode.BAD_VALUE


def test_a_required_when_equal_to_the_shown_when_is_refused_as_redundant(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'required_when = { field = "pick", equals = "a" }',
        'required_when = { field = "pick", equals = "a" }\n'
        'shown_when = { field = "pick", equals = "a" }',
    )
    with pytest.raises(FormError) as caught:
        load_form(_write(tmp_path, text))
    assert caught.value.code is FormErrorCode.BAD_VALUE
    assert "required = true" in str(caught.value)


def test_option_ids_bound_to_an_enum_are_checked_when_the_form_loads(tmp_path: Path) -> None:
    bound = MINIMAL.replace('type = "choice"\n', 'type = "choice"\nenum = "Flag"\n', 1)
    caught = _error(tmp_path, bound)  # options a, b are not the flags green, yellow, ...
    assert caught.code is FormErrorCode.BAD_VALUE and "Flag" in str(caught)
    unknown = MINIMAL.replace('type = "choice"\n', 'type = "choice"\nenum = "NoSuchEnum"\n', 1)
    assert _error(tmp_path, unknown).code is FormErrorCode.BAD_VALUE

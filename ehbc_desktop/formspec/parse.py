"""Turns a parsed TOML document into a FormSpec, checking every key, id, text and reference."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

from ehbc_desktop.domain import enums
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.formspec.errors import FormError, FormErrorCode
from ehbc_desktop.formspec.locate import KeyPath, LineIndex
from ehbc_desktop.formspec.model import (
    FORM_KINDS,
    OPTION_TYPES,
    TRISTATE_VALUES,
    Condition,
    FieldSpec,
    FieldType,
    FormSpec,
    OptionSpec,
    PageSpec,
    Text,
)
from ehbc_desktop.formspec.rules import KNOWN_RULES

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_FORM_KEYS = ({"id", "version", "kind", "title", "pages"}, {"intro", "rules"})
_PAGE_KEYS = ({"id", "title", "fields"}, {"guidance", "shown_when"})
_FIELD_KEYS = (
    {"id", "type", "label"},
    {"help", "required", "required_when", "shown_when", "options", "roles", "handout", "enum"},
)
_OPTION_KEYS = ({"id", "label"}, {"help"})
_CONDITION_KEYS = ({"field"}, {"equals", "not_equals"})
_ROLE_TYPES = frozenset({FieldType.PARTICIPANTS, FieldType.GRID})
_CONDITION_TARGETS = OPTION_TYPES - {FieldType.GRID} | {FieldType.YESNO, FieldType.TRISTATE}


class FormBuilder:
    """Builds one FormSpec from one document; every problem raises FormError with a line."""

    def __init__(self, path: Path, source: str) -> None:
        self._path = path
        self._index = LineIndex(source)

    def fail(self, where: KeyPath, code: FormErrorCode, detail: str) -> NoReturn:
        """Raise FormError for the key at `where`."""
        raise FormError(self._path, self._index.line_of(where), code, detail)

    def build(self, doc: Mapping[str, Any]) -> FormSpec:
        """Check `doc` and return the form it defines."""
        self._keys(doc, (), _FORM_KEYS)
        form_id = self._id(doc, ())
        version = doc["version"]
        if not isinstance(version, int) or isinstance(version, bool):
            self.fail(("version",), FormErrorCode.WRONG_TYPE, "version must be a whole number")
        if version < 1:
            self.fail(("version",), FormErrorCode.BAD_VALUE, "version must be 1 or more")
        kind = self._str(doc, (), "kind")
        if kind not in FORM_KINDS:
            self.fail(("kind",), FormErrorCode.UNKNOWN_KIND, f"unknown kind {kind!r}")
        rules = self._list(doc.get("rules", []), ("rules",))
        for number, rule in enumerate(rules):
            if not isinstance(rule, str):
                self.fail(("rules", number), FormErrorCode.WRONG_TYPE, "a rule is a name")
            if rule not in KNOWN_RULES:
                self.fail(("rules",), FormErrorCode.UNKNOWN_RULE, f"unknown rule {rule!r}")
        if len(set(rules)) != len(rules):
            self.fail(("rules",), FormErrorCode.DUPLICATE_ID, "a rule is listed twice")
        pages = self._pages(self._list(doc["pages"], ("pages",)))
        spec = FormSpec(
            id=form_id,
            version=version,
            kind=kind,
            title=self._text(doc["title"], ("title",)),
            intro=self._text(doc["intro"], ("intro",)) if "intro" in doc else None,
            rules=tuple(rules),
            pages=pages,
        )
        self._check_conditions(spec)
        return spec

    # -- pages and fields ------------------------------------------------------------------

    def _pages(self, raw_pages: list[Any]) -> tuple[PageSpec, ...]:
        if not raw_pages:
            self.fail(("pages",), FormErrorCode.BAD_VALUE, "a form needs at least one page")
        pages: list[PageSpec] = []
        page_ids: set[str] = set()
        field_ids: set[str] = set()
        for number, raw_page in enumerate(raw_pages):
            where: KeyPath = ("pages", number)
            raw = self._table(raw_page, where)
            self._keys(raw, where, _PAGE_KEYS)
            page_id = self._unique(self._id(raw, where), page_ids, where, "page")
            page_shown = self._condition(raw, where, "shown_when")
            fields = []
            for f_number, raw_field in enumerate(self._list(raw["fields"], (*where, "fields"))):
                f_where = (*where, "fields", f_number)
                field = self._field(self._table(raw_field, f_where), f_where)
                self._unique(field.id, field_ids, f_where, "field")
                fields.append(self._on_page(field, page_shown, f_where))
            if not fields:
                self.fail((*where, "fields"), FormErrorCode.BAD_VALUE, "a page needs fields")
            guidance = raw.get("guidance")
            g_where = (*where, "guidance")
            pages.append(
                PageSpec(
                    id=page_id,
                    title=self._text(raw["title"], (*where, "title")),
                    guidance=None if guidance is None else self._text(guidance, g_where),
                    fields=tuple(fields),
                    shown_when=page_shown,
                )
            )
        return tuple(pages)

    def _on_page(self, field: FieldSpec, page_shown: Condition | None, where: KeyPath) -> FieldSpec:
        """The field with its page's condition; a redundant `required_when` is refused."""
        if page_shown is not None:
            if field.shown_when is not None:
                detail = "the page has a shown_when: its fields have none of their own"
                self.fail((*where, "shown_when"), FormErrorCode.BAD_VALUE, detail)
            field = replace(field, shown_when=page_shown)
        if field.required_when is not None and field.required_when == field.shown_when:
            detail = "required_when equals shown_when (a hidden field is never required): " \
                     "write required = true"  # fmt: skip
            self.fail((*where, "required_when"), FormErrorCode.BAD_VALUE, detail)
        return field

    def _field(self, raw: Mapping[str, Any], where: KeyPath) -> FieldSpec:
        self._keys(raw, where, _FIELD_KEYS)
        field_id = self._id(raw, where)
        type_name = self._str(raw, where, "type")
        try:
            field_type = FieldType(type_name)
        except ValueError:
            self.fail((*where, "type"), FormErrorCode.UNKNOWN_FIELD_TYPE, repr(type_name))
        options = self._options(raw, where, field_type)
        roles = self._roles(raw, where, field_type)
        handout = self._bool(raw, where, "handout", False)
        if handout and field_type is not FieldType.CHECKLIST:
            self.fail((*where, "handout"), FormErrorCode.BAD_VALUE, "handout is for checklists")
        return FieldSpec(
            id=field_id,
            enum=self._enum(raw, where, options),
            type=field_type,
            label=self._text(raw["label"], (*where, "label")),
            help=self._text(raw["help"], (*where, "help")) if "help" in raw else None,
            required=self._bool(raw, where, "required", False),
            required_when=self._condition(raw, where, "required_when"),
            shown_when=self._condition(raw, where, "shown_when"),
            options=options,
            roles=roles,
            handout=handout,
        )

    def _options(
        self, raw: Mapping[str, Any], where: KeyPath, field_type: FieldType
    ) -> tuple[OptionSpec, ...]:
        if "options" not in raw:
            if field_type in OPTION_TYPES:
                self.fail(where, FormErrorCode.MISSING_KEY, f"{field_type.value} needs options")
            return ()
        if field_type not in OPTION_TYPES:
            self.fail((*where, "options"), FormErrorCode.BAD_VALUE, "this type takes no options")
        raw_options = self._list(raw["options"], (*where, "options"))
        if not raw_options:
            self.fail((*where, "options"), FormErrorCode.BAD_VALUE, "options is empty")
        seen: set[str] = set()
        options = []
        for number, raw_item in enumerate(raw_options):
            o_where = (*where, "options", number)
            raw_option = self._table(raw_item, o_where)
            self._keys(raw_option, o_where, _OPTION_KEYS)
            option_id = self._unique(self._id(raw_option, o_where), seen, o_where, "option")
            help_raw = raw_option.get("help")
            options.append(
                OptionSpec(
                    id=option_id,
                    label=self._text(raw_option["label"], (*o_where, "label")),
                    help=None if help_raw is None else self._text(help_raw, (*o_where, "help")),
                )
            )
        return tuple(options)

    def _enum(
        self, raw: Mapping[str, Any], where: KeyPath, options: tuple[OptionSpec, ...]
    ) -> type[StrEnum] | None:
        """The domain enum the option ids are bound to: they must be exactly its values."""
        if "enum" not in raw:
            return None
        name = self._str(raw, where, "enum")
        bound = getattr(enums, name, None)
        if not (isinstance(bound, type) and issubclass(bound, StrEnum)):
            self.fail((*where, "enum"), FormErrorCode.BAD_VALUE, f"no domain enum {name!r}")
        values = [member.value for member in bound]
        if [option.id for option in options] != values:
            detail = f"the option ids must be the values of {name}, in order: {values}"
            self.fail((*where, "options"), FormErrorCode.BAD_VALUE, detail)
        return bound

    def _roles(
        self, raw: Mapping[str, Any], where: KeyPath, field_type: FieldType
    ) -> tuple[str, ...]:
        if "roles" not in raw:
            return ()
        if field_type not in _ROLE_TYPES:
            self.fail((*where, "roles"), FormErrorCode.BAD_VALUE, "this type takes no roles")
        roles = self._list(raw["roles"], (*where, "roles"))
        known = {role.value for role in Role}
        for role in roles:
            if not isinstance(role, str) or role not in known:
                self.fail((*where, "roles"), FormErrorCode.BAD_VALUE, f"unknown role {role!r}")
        return tuple(roles)

    # -- conditions -------------------------------------------------------------------------

    def _condition(self, raw: Mapping[str, Any], where: KeyPath, key: str) -> Condition | None:
        if key not in raw:
            return None
        c_where = (*where, key)
        table = self._table(raw[key], c_where)
        self._keys(table, c_where, _CONDITION_KEYS)
        target = self._str(table, c_where, "field")
        if ("equals" in table) == ("not_equals" in table):
            detail = "give either equals or not_equals"
            self.fail(c_where, FormErrorCode.MISSING_KEY, detail)
        negate = "not_equals" in table
        value = table["not_equals" if negate else "equals"]
        if not isinstance(value, str | bool):
            self.fail(c_where, FormErrorCode.WRONG_TYPE, "the value must be text or a boolean")
        return Condition(field=target, value=value, negate=negate)

    def _check_conditions(self, spec: FormSpec) -> None:
        for p_number, page in enumerate(spec.pages):
            for f_number, field in enumerate(page.fields):
                where: KeyPath = ("pages", p_number, "fields", f_number)
                for key in ("required_when", "shown_when"):
                    condition: Condition | None = getattr(field, key)
                    if condition is not None:
                        self._check_condition(spec, field, condition, (*where, key))

    def _check_condition(
        self, spec: FormSpec, field: FieldSpec, condition: Condition, where: KeyPath
    ) -> None:
        target = spec.field(condition.field)
        if target is None or target.id == field.id:
            self.fail(where, FormErrorCode.BAD_REFERENCE, f"no field {condition.field!r}")
        if target.type not in _CONDITION_TARGETS:
            self.fail(where, FormErrorCode.BAD_REFERENCE, f"{target.id!r} has no fixed values")
        value = condition.value
        if target.type is FieldType.YESNO:
            valid = isinstance(value, bool)
        elif target.type is FieldType.TRISTATE:
            valid = value in TRISTATE_VALUES
        else:
            valid = isinstance(value, str) and target.option(value) is not None
        if not valid:
            self.fail(where, FormErrorCode.BAD_REFERENCE, f"{target.id!r} never equals {value!r}")

    # -- small checks -----------------------------------------------------------------------

    def _keys(
        self, raw: Mapping[str, Any], where: KeyPath, allowed: tuple[set[str], set[str]]
    ) -> None:
        required, optional = allowed
        for key in raw:
            if key not in required and key not in optional:
                self.fail((*where, key), FormErrorCode.UNKNOWN_KEY, f"unknown key {key!r}")
        for key in sorted(required):
            if key not in raw:
                self.fail(where, FormErrorCode.MISSING_KEY, f"missing key {key!r}")

    def _text(self, raw: Any, where: KeyPath) -> Text:
        table = self._table(raw, where)
        for key in table:
            if key not in ("nl", "en"):
                self.fail((*where, key), FormErrorCode.UNKNOWN_KEY, f"unknown language {key!r}")
        for lang in ("nl", "en"):
            value = table.get(lang)
            if value is not None and not isinstance(value, str):
                self.fail((*where, lang), FormErrorCode.WRONG_TYPE, f"{lang} must be text")
            if not value or not value.strip():
                self.fail(where, FormErrorCode.MISSING_TRANSLATION, f"no {lang!r} text")
        return Text(nl=table["nl"].strip(), en=table["en"].strip())

    def _id(self, raw: Mapping[str, Any], where: KeyPath) -> str:
        value = self._str(raw, where, "id")
        if not _ID.match(value):
            self.fail((*where, "id"), FormErrorCode.BAD_VALUE, f"id {value!r} is not a_b_c form")
        return value

    def _unique(self, value: str, seen: set[str], where: KeyPath, what: str) -> str:
        if value in seen:
            self.fail((*where, "id"), FormErrorCode.DUPLICATE_ID, f"{what} id {value!r} twice")
        seen.add(value)
        return value

    def _str(self, raw: Mapping[str, Any], where: KeyPath, key: str) -> str:
        value = raw[key]
        if not isinstance(value, str):
            self.fail((*where, key), FormErrorCode.WRONG_TYPE, f"{key} must be text")
        return value

    def _bool(self, raw: Mapping[str, Any], where: KeyPath, key: str, default: bool) -> bool:
        value = raw.get(key, default)
        if not isinstance(value, bool):
            self.fail((*where, key), FormErrorCode.WRONG_TYPE, f"{key} must be true or false")
        return value

    def _table(self, raw: Any, where: KeyPath) -> Mapping[str, Any]:
        if not isinstance(raw, dict):
            self.fail(where, FormErrorCode.WRONG_TYPE, "expected a table")
        return raw

    def _list(self, raw: Any, where: KeyPath) -> list[Any]:
        if not isinstance(raw, list):
            self.fail(where, FormErrorCode.WRONG_TYPE, "expected a list")
        return raw

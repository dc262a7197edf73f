"""Periods and the categories statistics put a case in: fixed lists, never free text."""

from __future__ import annotations

from datetime import date

import pytest

from ehbc_desktop.domain.statistics.facts import age_group, platform_keys, school_year_level
from ehbc_desktop.domain.statistics.periods import (
    PeriodKind,
    custom,
    school_year_of,
    term,
    term_number,
    term_of,
)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("WhatsApp", ("whatsapp",)),
        ("groepschat op whatsapp en insta", ("whatsapp", "instagram")),
        ("Tik Tok", ("tiktok",)),
        ("een forum van Lotte Peeters", ("other",)),  # free text never becomes a category
        ("", ()),
    ],
)
def test_platforms_come_from_a_fixed_list(text: str, keys: tuple[str, ...]) -> None:
    assert platform_keys(text) == keys


@pytest.mark.parametrize(
    ("birth", "group"),
    [
        (date(2014, 11, 22), "12_13"),  # 12 the day before the case
        (date(2014, 11, 24), "10_11"),
        (date(2017, 1, 1), "under_10"),
        (date(2008, 1, 1), "18_plus"),
        (None, "unknown"),
    ],
)
def test_age_groups(birth: date | None, group: str) -> None:
    assert age_group(birth, date(2026, 11, 23)) == group


@pytest.mark.parametrize(
    ("name", "year"), [("3B", "3"), ("1 Latijn", "1"), ("6WeWi", "6"), ("OKAN", "unknown"),
                       ("12A", "unknown")],
)  # fmt: skip
def test_year_level_never_the_class(name: str, year: str) -> None:
    assert school_year_level(name) == year


def test_terms_cover_the_year_and_chain_back() -> None:
    first, second, third = (term(2026, n) for n in (1, 2, 3))
    assert first.start == date(2026, 9, 1) and third.end == date(2027, 8, 31)
    assert second.start - first.end == third.start - second.end == date(2027, 1, 2) - date(
        2027, 1, 1
    )
    assert term_of(date(2027, 2, 14)) == second
    assert second.previous() == first
    assert first.previous() == term(2025, 3)
    assert term_number(third) == 3
    assert school_year_of(date(2027, 8, 31)).start == date(2026, 9, 1)


def test_custom_period_compares_with_as_many_days_before() -> None:
    period = custom(date(2026, 3, 1), date(2026, 3, 10))
    assert period.previous() == custom(date(2026, 2, 19), date(2026, 2, 28))
    assert period.previous().kind is PeriodKind.CUSTOM
    with pytest.raises(ValueError):
        custom(date(2026, 3, 2), date(2026, 3, 1))

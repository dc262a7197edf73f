"""The class thermometer: a short anonymous class questionnaire, counted per answer, compared.

Pupils answer each statement on a four-point scale; the teacher enters only how many pupils
gave each answer (no names). Per statement the result is the share of answers that signal a
problem: "often" and "(almost) always" for a statement about something bad happening, "never"
and "sometimes" for a statement about something good (feeling safe, daring to tell).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Moment(StrEnum):
    """When the class filled in the questionnaire, relative to the intervention."""

    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement of the questionnaire (the school's words, in Dutch and English)."""

    id: str
    nl: str
    en: str
    good: bool  # True: agreeing is a good sign (a low answer signals a problem)

    def text(self, lang: str) -> str:
        """The statement in ``lang``."""
        return self.en if lang == "en" else self.nl


#: The answer scale, from low to high (the counts follow this order).
SCALE: tuple[tuple[str, str], ...] = (
    ("nooit", "never"),
    ("soms", "sometimes"),
    ("vaak", "often"),
    ("(bijna) altijd", "(almost) always"),
)

STATEMENTS: tuple[Statement, ...] = (
    Statement("safe", "Ik voel me veilig in onze klas.", "I feel safe in our class.", True),
    Statement("belong", "Ik hoor erbij in onze klas.", "I belong in our class.", True),
    Statement("teased", "Op school word ik uitgelachen, gepest of buitengesloten.",
              "At school I am laughed at, bullied or left out.", False),
    Statement("hurt_online", "Ik krijg online of op mijn gsm berichten die me kwetsen.",
              "I get hurtful messages online or on my phone.", False),
    Statement("seen_online", "Ik zie dat iemand uit onze klas online gepest wordt.",
              "I see someone from our class being bullied online.", False),
    Statement("images", "Foto's of filmpjes van klasgenoten gaan rond zonder dat zij dat willen.",
              "Photos or videos of classmates are passed on against their will.", False),
    Statement("tell", "Als er iets misloopt, durf ik dat aan een leerkracht te vertellen.",
              "When something goes wrong, I dare to tell a teacher.", True),
    Statement("stand_up", "Als iemand gepest wordt, komen klasgenoten voor die persoon op.",
              "When someone is bullied, classmates stand up for them.", True),
)  # fmt: skip

_BY_ID = {s.id: s for s in STATEMENTS}


class ThermometerError(ValueError):
    """Counts that do not fit the questionnaire (a code names what is wrong)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Measurement:
    """One class's answers at one moment: only counts, never names.

    Attributes:
        counts: per statement id, how many pupils gave each answer of ``SCALE``.
    """

    id: str
    case_id: str
    class_name: str
    taken_on: date
    moment: Moment
    respondents: int
    counts: Mapping[str, tuple[int, ...]]


def check_counts(respondents: int, counts: Mapping[str, tuple[int, ...]]) -> None:
    """Refuse counts that cannot come from the questionnaire.

    Raises:
        ThermometerError: "respondents" (none), "statement" (unknown or missing), "count"
            (negative, wrong length) or "too_many" (more answers than pupils).
    """
    if respondents < 1:
        raise ThermometerError("respondents")
    if set(counts) != set(_BY_ID):
        raise ThermometerError("statement")
    for values in counts.values():
        if len(values) != len(SCALE) or any(v < 0 for v in values):
            raise ThermometerError("count")
        if sum(values) > respondents:
            raise ThermometerError("too_many")


def concern(statement: Statement, values: tuple[int, ...]) -> float | None:
    """The share (0-100) of answers to ``statement`` that signal a problem; None: no answers."""
    total = sum(values)
    if total == 0:
        return None
    signals = values[:2] if statement.good else values[2:]
    return 100.0 * sum(signals) / total


@dataclass(frozen=True, slots=True)
class StatementResult:
    """The result of one statement, before and after (None: not measured or not answered)."""

    statement: Statement
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        """After minus before, in percentage points (negative: fewer signals, better)."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def results(before: Measurement | None, after: Measurement | None) -> tuple[StatementResult, ...]:
    """Per statement, the share of problem signals before and after."""

    def share(m: Measurement | None, s: Statement) -> float | None:
        return concern(s, tuple(m.counts.get(s.id, ()))) if m is not None else None

    return tuple(StatementResult(s, share(before, s), share(after, s)) for s in STATEMENTS)


def latest(measurements: tuple[Measurement, ...], moment: Moment) -> Measurement | None:
    """The most recent measurement taken at ``moment``."""
    found = [m for m in measurements if m.moment is moment]
    return max(found, key=lambda m: m.taken_on) if found else None

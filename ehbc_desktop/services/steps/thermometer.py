"""The class thermometer of a case: record a class's anonymous answer counts, compare them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.domain.thermometer import (
    Measurement,
    Moment,
    StatementResult,
    ThermometerError,
    check_counts,
    latest,
    results,
)
from ehbc_desktop.services.case.casewrite import CaseWriteService, writable_case
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.store import models as m


@dataclass(frozen=True, slots=True)
class Comparison:
    """The latest measurement before and after the intervention, and the result per statement."""

    before: Measurement | None
    after: Measurement | None
    results: tuple[StatementResult, ...]


def _measurement(row: m.ThermometerMeasurement) -> Measurement:
    counts = {key: tuple(int(v) for v in values) for key, values in (row.counts or {}).items()}
    return Measurement(row.id, row.case_id, row.class_name, row.taken_on, Moment(row.moment),
                       row.respondents, counts)  # fmt: skip


class ThermometerService(CaseWriteService):
    """Class thermometer measurements of a case (counts only; recording is audited)."""

    def record(
        self, case_id: str, *, class_name: str, taken_on: date, moment: Moment,
        respondents: int, counts: Mapping[str, tuple[int, ...]],
    ) -> Measurement:  # fmt: skip
        """Store one class's counts at one moment.

        Raises:
            InvalidInputError: no class name, or counts that do not fit (its field is the
                problem code of `ThermometerError`); NotFoundError, CaseClosedError.
        """
        if not class_name.strip():
            raise InvalidInputError("class_name")
        try:
            check_counts(respondents, counts)
        except ThermometerError as exc:
            raise InvalidInputError(exc.code) from None
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = m.ThermometerMeasurement(
                case_id=case_id, class_name=class_name.strip(), taken_on=taken_on,
                moment=Moment(moment).value, respondents=respondents,
                counts={key: list(values) for key, values in counts.items()},
            )  # fmt: skip
            s.add(row)
            s.flush()
            self._written(s, AuditAction.CREATE, f"thermometer:{row.id}", case_id,
                          f"moment={row.moment};respondents={respondents}")  # fmt: skip
            return _measurement(row)

    def measurements(self, case_id: str) -> tuple[Measurement, ...]:
        """Every measurement of the case, oldest first."""
        with self._vs.unit() as s:
            rows = s.execute(
                select(m.ThermometerMeasurement)
                .where(m.ThermometerMeasurement.case_id == case_id)
                .order_by(m.ThermometerMeasurement.taken_on, m.ThermometerMeasurement.recorded_at)
            ).scalars()
            return tuple(_measurement(r) for r in rows)

    def comparison(self, case_id: str) -> Comparison:
        """The latest "before" and "after" measurement and the result per statement."""
        found = self.measurements(case_id)
        before, after = latest(found, Moment.BEFORE), latest(found, Moment.AFTER)
        return Comparison(before, after, results(before, after))

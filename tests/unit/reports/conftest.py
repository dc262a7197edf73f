"""The report tests' fixture: the realistic fictional case of tests.builders.story."""

from __future__ import annotations

import pytest

from ehbc_desktop.domain.entities import CaseRecord
from tests.builders.story import make_record


@pytest.fixture
def record() -> CaseRecord:
    """The realistic fictional case."""
    return make_record()

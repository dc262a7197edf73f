"""A real vault with the fictional case, and its rendered documents, for the preview tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.session import VaultSession
from tests.builders.vault import DocumentCase, build_case, new_vault


@pytest.fixture(scope="module")
def doc_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[VaultSession,
                                                                          DocumentCase]]:
    """One real vault per test module, with the fictional case (three conversations)."""
    session = new_vault(tmp_path_factory.mktemp("preview") / "vault")
    case = build_case(session, conversations=3)
    yield session, case
    session.close()


@pytest.fixture
def documents(doc_vault: tuple[VaultSession, DocumentCase]) -> DocumentService:
    """The document service over that vault."""
    return DocumentService(doc_vault[0], find_evidence_service=False)

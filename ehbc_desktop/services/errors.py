"""Typed errors of the services layer; they carry no user text (the UI and the CLI word them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ehbc_desktop.domain.rules import AgreementPart, ClosingGap, GridGap, RuleReason
from ehbc_desktop.formspec import AnswerProblem
from ehbc_desktop.vault.errors import VaultDamagedError

if TYPE_CHECKING:
    from ehbc_desktop.services.access.passphrase_strength import Strength


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""


class AuditChainBrokenError(ServiceError, VaultDamagedError):
    """The audit log of the vault has been damaged or changed (a row edited, removed, moved).

    Also a VaultDamagedError (detail "audit-chain"), so every place that reports a damaged or
    changed vault reports this too.
    """

    def __init__(self, problems: list[str]) -> None:
        VaultDamagedError.__init__(self, "audit-chain")
        self.problems = problems


class NotFoundError(ServiceError):
    """The case, participant or other record asked for does not exist (any more)."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"{kind} {ident} not found")
        self.kind = kind
        self.ident = ident


class CaseNotFoundError(NotFoundError):
    """No case with this id (or, for look-ups by reference, this reference)."""

    def __init__(self, ident: str, reference: str = "") -> None:
        super().__init__("case", ident)
        self.reference = reference or ident


class InvalidInputError(ServiceError):
    """Input that the service refuses (e.g. a participant without a first name)."""

    def __init__(self, field: str) -> None:
        super().__init__(f"invalid {field}")
        self.field = field


class SessionClosedError(ServiceError):
    """The vault session was locked; unlock again before using it."""


class VaultTooNewError(ServiceError):
    """The vault was last written by a newer version of the program (unknown schema)."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"unknown schema revision {revision}")
        self.revision = revision


class DocumentUnavailableError(ServiceError):
    """A document can not be made for this case (e.g. no repair agreement was recorded).

    Attributes:
        document_id: The document asked for (an id of reports.registry).
        reason: Why, as a stable key (so far "no_repair_agreement").
    """

    def __init__(self, document_id: str, reason: str) -> None:
        super().__init__(f"{document_id}: {reason}")
        self.document_id = document_id
        self.reason = reason


class CaseClosedError(ServiceError):
    """The case is closed and therefore read-only; reopen it first (logged)."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"case {case_id} is closed")
        self.case_id = case_id


class StartingPassphraseError(ServiceError):
    """The user still has the starting passphrase an administrator handed out (or opened with
    the recovery key): they must choose their own before they work with the vault."""

    def __init__(self, user: str) -> None:
        super().__init__("starting passphrase not changed yet")
        self.user = user


class RuleRefusedError(ServiceError):
    """A rule of the method refuses the change (consent, the 12+ rule, restorative preconditions).

    `reasons` are the domain's `RuleReason` codes; `subject` is the participant id the verdict is
    about ("" when it concerns the case).
    """

    def __init__(self, reasons: tuple[RuleReason, ...], subject: str = "") -> None:
        super().__init__("refused: " + ", ".join(r.value for r in reasons))
        self.reasons = reasons
        self.subject = subject


class OverrideReasonRequiredError(ServiceError):
    """Departing from what the method proposes needs a reason (`what`: triage, parents ...)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} override needs a reason")
        self.what = what


class AnswersInvalidError(ServiceError):
    """A form's answers do not pass the form's checks; `problems` maps field ids to codes."""

    def __init__(self, problems: Mapping[str, tuple[AnswerProblem, ...]]) -> None:
        super().__init__("invalid answers: " + ", ".join(sorted(problems)))
        self.problems = dict(problems)


class GridIncompleteError(ServiceError):
    """Not every party answered every question of the restorative step-2 grid."""

    def __init__(self, gaps: tuple[GridGap, ...]) -> None:
        super().__init__(f"{len(gaps)} grid gap(s)")
        self.gaps = gaps


class AgreementIncompleteError(ServiceError):
    """An agreement lacks who, what or by when (`row`: its index in the form, -1 outside one)."""

    def __init__(self, missing: tuple[AgreementPart, ...], row: int = -1) -> None:
        super().__init__(f"agreement {row} misses " + ", ".join(p.value for p in missing))
        self.missing = missing
        self.row = row


class ClosingGapsError(ServiceError):
    """The case has closing gaps for which no override reason was given."""

    def __init__(self, gaps: tuple[ClosingGap, ...]) -> None:
        super().__init__("closing gaps: " + ", ".join(g.value for g in gaps))
        self.gaps = gaps


class SettingInvalidError(ServiceError):
    """A school setting outside its allowed values (`key` names the setting)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"invalid setting {key}")
        self.key = key


class ExportFailedError(ServiceError):
    """An export file could not be written (`errno` of the OS error; the path is not kept)."""

    def __init__(self, errno: int | None) -> None:
        super().__init__(f"export failed (errno {errno})")
        self.errno = errno


class CaseConfidentialError(ServiceError):
    """The case is sealed (confidential): it is read-only until an allowed colleague unseals it."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"confidential case {case_id}")
        self.case_id = case_id


class PassphraseTooWeakError(ServiceError):
    """A new passphrase below the strength threshold; `strength.hint` says why."""

    def __init__(self, strength: Strength) -> None:
        super().__init__(f"passphrase too weak ({strength.hint.value})")
        self.strength = strength

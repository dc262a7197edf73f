"""Typed errors of the services layer; they carry no user text (the UI and the CLI word them)."""

from __future__ import annotations

from ehbc_desktop.vault.errors import VaultDamagedError


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

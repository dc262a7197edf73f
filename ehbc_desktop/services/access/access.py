"""Creating and opening vaults: wraps vault/ and brings the database schema up to date."""

from __future__ import annotations

from pathlib import Path

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.errors import AuditChainBrokenError, VaultTooNewError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, schema, search
from ehbc_desktop.vault import vault
from ehbc_desktop.vault.vault import OpenVault, VaultInfo

__all__ = ["create", "unlock", "unlock_with_recovery", "vault_exists", "vault_info"]


def vault_exists(folder: Path) -> bool:
    """True when `folder` holds a vault."""
    return vault.vault_exists(folder)


def vault_info(folder: Path) -> VaultInfo:
    """The vault's public header (school, user names); no passphrase needed.

    Raises:
        VaultNotFoundError, VaultDamagedError (from ehbc_desktop.vault.errors).
    """
    return vault.read_vault_info(folder)


def create(folder: Path, school: str, user: str, passphrase: str) -> tuple[VaultSession, str]:
    """Create a vault with `user` as its first admin; returns the session and the recovery code.

    Raises:
        VaultExistsError, VaultWriteError, ValueError (empty user or passphrase).
    """
    opened, code = vault.create_vault(folder, school, user, passphrase)
    session = _start(opened, AuditAction.CREATE_VAULT, "")
    return session, code


def unlock(folder: Path, user: str, passphrase: str) -> VaultSession:
    """Open the vault as `user`, upgrade its schema and verify its audit chain.

    Raises:
        The errors of ehbc_desktop.vault.vault.unlock_vault (wrong credentials, damaged, in
        use, too many attempts, ...); AuditChainBrokenError when the audit log was changed;
        VaultTooNewError when a newer program version wrote the vault. The vault is locked
        again before any of these leaves this function.
    """
    return _start(vault.unlock_vault(folder, user, passphrase), AuditAction.UNLOCK, "")


def unlock_with_recovery(folder: Path, code: str, user: str) -> VaultSession:
    """Open the vault with the recovery code; the session's must_change_passphrase is True.

    Raises:
        MistypedRecoveryCodeError, WrongCredentialsError and the errors of `unlock`.
    """
    opened = vault.unlock_with_recovery(folder, code, user)
    return _start(opened, AuditAction.UNLOCK, "recovery_code")


def _start(opened: OpenVault, action: AuditAction, detail: str) -> VaultSession:
    """Migrate, check the audit chain and record the opening; lock the vault on any failure."""
    try:
        engine = opened.engine
        schema.tune_connection(engine)
        revision = schema.current_revision(engine)
        if not schema.is_known_revision(revision):
            raise VaultTooNewError(str(revision))
        schema.upgrade_to_head(engine)
        session = VaultSession(opened)
        with session.unit() as s:
            # A schema upgrade may have replaced the search index: fill it again (once).
            missing = search.unindexed_case_ids(s)
            if missing:
                search.index_new_cases(s, missing)
        with session.unit() as s:
            problems = audit.verify_chain(s)
            if problems:
                raise AuditChainBrokenError(problems)
            audit.record(s, opened.user, action, f"user:{opened.user}", None, detail)
    except BaseException:
        opened.lock()
        raise
    return session

"""Creating and opening vaults: wraps vault/ and brings the database schema up to date."""

from __future__ import annotations

from pathlib import Path

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.access.passphrase_strength import require_strong
from ehbc_desktop.services.errors import (
    AuditChainBrokenError,
    StartingPassphraseError,
    VaultTooNewError,
)
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, schema, search
from ehbc_desktop.vault import durability, vault
from ehbc_desktop.vault.errors import VaultError, VaultWriteError, errno_of
from ehbc_desktop.vault.kdf import KdfParams
from ehbc_desktop.vault.usernames import normalise_user_name
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


def create(
    folder: Path, school: str, user: str, passphrase: str, *, kdf: KdfParams | None = None
) -> tuple[VaultSession, str]:
    """Create a vault with `user` as its first admin; returns the session and the recovery code.

    `kdf` replaces the Argon2id parameters calibrated on this PC; only tests and benchmarks
    pass it (`kdf.FAST_TEST_PARAMS`), the program never does.

    Raises:
        InvalidUserNameError: the user name is empty or holds refused characters.
        PassphraseTooWeakError: the passphrase is below the strength threshold.
        VaultExistsError, VaultWriteError.
    """
    user = normalise_user_name(user)
    require_strong(passphrase, (school, user))
    opened, code = vault.create_vault(folder, school, user, passphrase, kdf=kdf)
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


def unlock_to_work(folder: Path, user: str, passphrase: str) -> VaultSession:
    """`unlock`, for a command that works with the vault (not one that changes the passphrase).

    Raises:
        StartingPassphraseError: the user must first replace their starting passphrase (the
            vault is locked again); and the errors of `unlock`.
    """
    session = unlock(folder, user, passphrase)
    if session.must_change_passphrase:
        session.close()
        raise StartingPassphraseError(session.user)
    return session


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
            # The database must still hold the audit entry the commit record names.
            durability.check_audit_head(opened.opened_record, lambda seq: audit.hash_at(s, seq))
        opened.track_audit_head(audit.HEAD_SQL)
        with session.unit() as s:
            audit.record(s, opened.user, action, f"user:{opened.user}", None, detail)
        # A program that died while a confidential case was open for work left it in plain
        # rows: seal it again (public keys only) before anything is listed or searched.
        from ehbc_desktop.services.rights.confidential import reseal_open_cases

        reseal_open_cases(session, "unlock")
    except BaseException as exc:
        opened.lock()
        code = errno_of(exc)
        if code is not None and not isinstance(exc, VaultError):
            # A full disk (or a read-only folder) while migrating or logging the opening.
            raise VaultWriteError("database", code) from exc
        raise
    return session

"""The colleagues of a vault as the key-slot file holds them: list, add, remove, change roles.

Pure changes of a `SlotFile` (the caller writes it): one slot per colleague with their role
and, for a starting passphrase an administrator handed out, the duty to change it at the next
unlock. The rules that keep a vault manageable live here: only administrators change the list,
and the last administrator can be neither removed nor demoted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.vault import kdf, keyslots
from ehbc_desktop.vault.errors import (
    LastAdministratorError,
    UnknownUserError,
    UserExistsError,
)
from ehbc_desktop.vault.keyslots import KeySlot, SlotFile


@dataclass(frozen=True)
class UserEntry:
    """One colleague: name, role, and whether the starting passphrase is still to be changed."""

    name: str
    role: UserRole
    must_change: bool

    @property
    def is_admin(self) -> bool:
        """Administrators manage colleagues and roles."""
        return self.role is UserRole.ADMINISTRATOR


def user_entries(slots: SlotFile) -> list[UserEntry]:
    """Every colleague in the order they were added."""
    return [UserEntry(s.name, s.user_role, s.must_change) for s in slots.users]


def with_user_added(
    slots: SlotFile,
    *,
    name: str,
    passphrase: str,
    role: UserRole,
    data_key: bytes,
    must_change: bool,
    code: str | None = None,
) -> SlotFile:
    """The slots with a new colleague's slot (same KDF cost as the first user's).

    `code` (the recovery code, when the caller holds it) is sealed for a new administrator.

    Raises:
        UserExistsError: a colleague has this name already.
    """
    if slots.user_slot(name) is not None:
        raise UserExistsError()
    slot = keyslots.make_slot(
        slots.vault_id,
        name=name,
        admin=role is UserRole.ADMINISTRATOR,
        secret=kdf.passphrase_bytes(passphrase),
        data_key=data_key,
        params=slots.users[0].params,
        recovery_public=slots.recovery.box_public,
    )
    slot = replace(slot, role=role.value, must_change=must_change)
    return with_code_for_admins(replace(slots, users=(*slots.users, slot)), code)


def with_code_for_admins(slots: SlotFile, code: str | None) -> SlotFile:
    """The recovery code sealed for exactly the administrators (vaults that seal it so).

    Existing copies stay; a new administrator gets one when `code` is known; a colleague who
    is no longer an administrator loses theirs.
    """
    if slots.sealed_code:
        return slots  # a vault made before: the code is sealed under the data key
    old = dict(slots.code_for)
    new: list[tuple[str, bytes]] = []
    for slot in _admins(slots):
        if slot.name in old:
            new.append((slot.name, old[slot.name]))
        elif code is not None and slot.box_public:
            new.append((slot.name, keyslots.seal_code_for(slot, slots.vault_id, code)))
    return replace(slots, code_for=tuple(new))


def _admins(slots: SlotFile) -> list[KeySlot]:
    return [s for s in slots.users if s.user_role is UserRole.ADMINISTRATOR]


def _existing(slots: SlotFile, name: str) -> KeySlot:
    slot = slots.user_slot(name)
    if slot is None:
        raise UnknownUserError()
    return slot


def with_user_removed(slots: SlotFile, name: str) -> SlotFile:
    """The slots without this colleague's slot (the wrapped key is gone from the file).

    Raises:
        UnknownUserError; LastAdministratorError: it is the last administrator.
    """
    slot = _existing(slots, name)
    if slot.user_role is UserRole.ADMINISTRATOR and len(_admins(slots)) == 1:
        raise LastAdministratorError()
    return with_code_for_admins(
        replace(slots, users=tuple(s for s in slots.users if s is not slot)), None)


def with_role(slots: SlotFile, name: str, role: UserRole, code: str | None = None) -> SlotFile:
    """The slots with this colleague's new role (the wrapped key stays as it is).

    `code` (the recovery code, when the caller holds it) is sealed for a new administrator.

    Raises:
        UnknownUserError; LastAdministratorError: it would leave no administrator.
    """
    slot = _existing(slots, name)
    if (slot.user_role is UserRole.ADMINISTRATOR and role is not UserRole.ADMINISTRATOR
            and len(_admins(slots)) == 1):
        raise LastAdministratorError()
    changed = replace(slot, role=role.value, admin=role is UserRole.ADMINISTRATOR)
    return with_code_for_admins(
        replace(slots, users=tuple(changed if s is slot else s for s in slots.users)), code)

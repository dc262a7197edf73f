"""A new recovery code: a new recovery slot, and every colleague's key pair kept reachable.

After the recovery code was used (or may have been seen) an administrator makes a new one. The
old code is needed once more: it opens the old recovery slot's private key, which opens every
colleague's recovery copy of their own private key; those are sealed again for the new recovery
slot's public key. A vault made before recovery copies existed gets its recovery key pair here;
its colleagues' copies are added at their next unlock (`with_own_recovery_copy`).
"""

from __future__ import annotations

from dataclasses import replace

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.vault import box_keys, keyslots, recovery_code
from ehbc_desktop.vault.keyslots import KeySlot, SlotFile


def with_new_recovery(slots: SlotFile, *, data_key: bytes, old_code: str, new_code: str
                      ) -> SlotFile:
    """The slots with a recovery slot for `new_code` (one Argon2id run each for old and new).

    Raises:
        WrongCredentialsError: `old_code` does not open the old recovery slot.
        VaultDamagedError: a colleague's recovery copy does not open.
    """
    old_private = None
    if slots.recovery.box_sealed:
        old_private = keyslots.unwrap_slot_keys(
            slots.vault_id, slots.recovery, recovery_code.secret_of(old_code))[1]
    recovery = keyslots.make_slot(
        slots.vault_id, name="", admin=True, secret=recovery_code.secret_of(new_code),
        data_key=data_key, params=slots.recovery.params,
        box_private=box_keys.new_key_pair()[0],
    )  # fmt: skip
    users = tuple(_copied(slots.vault_id, slot, old_private, recovery.box_public)
                  for slot in slots.users)
    code = recovery_code.normalise(new_code)
    code_for = tuple(
        (slot.name, keyslots.seal_code_for(slot, slots.vault_id, code)) for slot in users
        if slot.user_role is UserRole.ADMINISTRATOR and slot.box_public
    )  # fmt: skip
    return replace(slots, users=users, recovery=recovery, sealed_code_nonce=b"",
                   sealed_code=b"", code_for=code_for)


def _copied(vault_id: str, slot: KeySlot, old_private: bytes | None, new_public: bytes
            ) -> KeySlot:
    private = keyslots.restored_box_private(vault_id, slot, old_private)
    if private is None:
        return replace(slot, box_recovery=b"")  # added at this colleague's next unlock
    return replace(slot, box_recovery=keyslots.recovery_copy(vault_id, slot.name, new_public,
                                                             private))


def with_own_recovery_copy(slots: SlotFile, name: str, private: bytes) -> SlotFile | None:
    """The slots with this colleague's recovery copy added (None when nothing is missing)."""
    slot = slots.user_slot(name)
    if slot is None or slot.box_recovery or not slots.recovery.box_public:
        return None
    if box_keys.public_of(private) != slot.box_public:
        return None
    copy = keyslots.recovery_copy(slots.vault_id, slot.name, slots.recovery.box_public, private)
    changed = replace(slot, box_recovery=copy)
    return replace(slots, users=tuple(changed if s is slot else s for s in slots.users))

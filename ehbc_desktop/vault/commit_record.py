"""The commit record: a small authenticated file outside the database that proves how far it got.

``vault.commit`` holds two fixed-size slots, each in its own 4 KiB block::

    magic "EHBCcmt2" (8) | write number (8) | commit counter (8) | checkpointed counter (8)
    | state (1) | database fingerprint (32) | audit sequence (8) | audit hash (32)
    | HMAC-SHA256 over all of it (32)

The database fingerprint is the SHA-256 of the first page of ``vault.db`` as it lies on disk
(ciphertext, fresh random IV at every write): in WAL mode only a checkpoint writes that file,
so between checkpoints any other first page means another database file.

The HMAC key is an HKDF subkey of the data key, so nobody without a passphrase can forge a
record. A write goes to the slot that does not hold the newest record and is fsynced; a reader
takes the authenticated slot with the highest write number. A write torn by a power cut
therefore leaves the previous record readable, never nothing.

The database keeps the same commit counter (``PRAGMA user_version``), advanced inside every
transaction that writes. `durability` compares the two when the vault opens.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import struct
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path
from typing import BinaryIO

from ehbc_desktop.vault.atomic_write import write_atomic
from ehbc_desktop.vault.errors import VaultDamagedError, VaultWriteError

RECORD_FILE = "vault.commit"
_MAGIC = b"EHBCcmt2"
_BODY = struct.Struct(">8sQQQB32sQ32s")
_MAC_BYTES = 32
_BLOCK = 4096
_SLOTS = 2
FILE_SIZE = _BLOCK * _SLOTS
NO_HASH = bytes(32)


class RecordState(IntEnum):
    """Whether a checkpoint was running when the record was written."""

    STEADY = 0  # vault.db is as the last checkpoint left it; later commits are in the WAL
    CHECKPOINTING = 1  # a checkpoint is copying the WAL into vault.db


@dataclass(frozen=True, slots=True)
class CommitRecord:
    """One authenticated record."""

    write_number: int
    counter: int  # commits that wrote, all durable in the WAL or the database
    checkpointed: int  # the counter at the last finished checkpoint
    state: RecordState
    fingerprint: bytes = NO_HASH  # SHA-256 of vault.db's first page after that checkpoint
    audit_seq: int = 0
    audit_hash: bytes = NO_HASH


def record_key(data_key: bytes) -> bytes:
    """The HMAC key of the record: an HKDF subkey of the data key (not usable for anything else)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"ehbc-vault\x00commit-record"
    ).derive(data_key)


def encode(record: CommitRecord, key: bytes) -> bytes:
    """The slot bytes of `record` (body and MAC, unpadded)."""
    body = _BODY.pack(
        _MAGIC,
        record.write_number,
        record.counter,
        record.checkpointed,
        int(record.state),
        record.fingerprint,
        record.audit_seq,
        record.audit_hash,
    )
    return body + hmac.new(key, body, hashlib.sha256).digest()


def _decode(slot: bytes, key: bytes) -> CommitRecord | None:
    body, mac = slot[: _BODY.size], slot[_BODY.size : _BODY.size + _MAC_BYTES]
    if len(mac) != _MAC_BYTES:
        return None
    if not hmac.compare_digest(hmac.new(key, body, hashlib.sha256).digest(), mac):
        return None
    magic, number, counter, checkpointed, state, fingerprint, seq, head = _BODY.unpack(body)
    if magic != _MAGIC or state not in (RecordState.STEADY, RecordState.CHECKPOINTING):
        return None
    return CommitRecord(number, counter, checkpointed, RecordState(state), fingerprint, seq, head)


def read_record(path: Path, key: bytes) -> CommitRecord | None:
    """The newest authenticated record, or None when the file does not exist.

    Raises:
        VaultDamagedError("record-damaged"): the file exists but no slot authenticates.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise VaultWriteError("commit-record", exc.errno) from exc
    found = [
        record
        for index in range(_SLOTS)
        if (record := _decode(data[index * _BLOCK : (index + 1) * _BLOCK], key)) is not None
    ]
    if not found:
        raise VaultDamagedError("record-damaged")
    return max(found, key=lambda record: record.write_number)


def _padded(slot: bytes) -> bytes:
    return slot + bytes(_BLOCK - len(slot))


class RecordFile:
    """Writes records into ``vault.commit``; keeps the file open between commits."""

    def __init__(self, path: Path, key: bytes, current: CommitRecord | None) -> None:
        self._path = path
        self._key = key
        self._handle: BinaryIO | None = None
        self.current = current

    def write(self, record: CommitRecord) -> CommitRecord:
        """Make `record` (its write number is set here) the newest, durably before returning.

        Raises:
            VaultWriteError("commit-record"): the file could not be written.
        """
        number = self.current.write_number + 1 if self.current is not None else 1
        record = replace(record, write_number=number)
        slot = _padded(encode(record, self._key))
        try:
            if self.current is None or not self._path.exists():
                # A new file in one atomic step: the record in the first slot, the second empty.
                self.close()
                data = slot + bytes(_BLOCK) if number % _SLOTS == 1 else bytes(_BLOCK) + slot
                write_atomic(self._path, data, "commit-record")
            else:
                handle = self._open()
                handle.seek(((number - 1) % _SLOTS) * _BLOCK)
                handle.write(slot)
                handle.flush()
                _datasync(handle.fileno())
        except OSError as exc:
            self.close()
            raise VaultWriteError("commit-record", exc.errno) from exc
        self.current = record
        return record

    def _open(self) -> BinaryIO:
        if self._handle is None:
            self._handle = open(self._path, "r+b", buffering=0)  # noqa: SIM115 - kept open
        return self._handle

    def close(self) -> None:
        """Close the file handle (idempotent)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()


def fingerprint(db_path: Path) -> bytes:
    """SHA-256 of the first page of the database file as it lies on disk (empty: no file)."""
    try:
        with open(db_path, "rb") as handle:
            return hashlib.sha256(handle.read(_BLOCK)).digest()
    except FileNotFoundError:
        return hashlib.sha256(b"").digest()


def snapshot_record(db_path: Path, counter: int, data_key: bytes) -> bytes:
    """The bytes of a record file for a database copy at `counter` (a backup's snapshot)."""
    record = CommitRecord(1, counter, counter, RecordState.STEADY, fingerprint(db_path))
    return _padded(encode(record, record_key(data_key))) + bytes(_BLOCK)


def _datasync(fd: int) -> None:
    sync = getattr(os, "fdatasync", os.fsync)
    sync(fd)

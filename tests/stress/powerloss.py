"""Power-loss replay: record a real process's file writes, rebuild what a power cut would leave.

A child process runs with `io_recorder.c` preloaded (LD_PRELOAD). It logs every write,
truncation, fsync, rename and unlink under the vault folder, the real paths of SQLCipher and of
our own Python writers. `durable_states` then rebuilds, for chosen crash points, the folder as
it would be after a power cut right after that operation:

- file contents are what was last fsynced (writes after the last fsync of that file are lost);
- a file's name (creation, rename, unlink) only survives when its folder was fsynced afterwards,
  as on a file system that gives no ordering guarantee for metadata either.

The child marks "this edit was reported as saved" by unlinking a non-existent file named
``ehbc-rec-mark-<label>``, which the recorder logs in order with everything else.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).with_name("io_recorder.c")

OPEN, WRITE, TRUNC, FSYNC, CLOSE, UNLINK, RENAME, MARK = range(1, 9)
_HEAD = struct.Struct("=BiqqI")
_LEN = struct.Struct("=I")
MARK_PREFIX = "ehbc-rec-mark-"


def compiler() -> str | None:
    """A C compiler on PATH, or None."""
    return shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")


def build_recorder() -> Path:
    """Compile the recorder once per source version into the temp folder; return the .so."""
    digest = hashlib.sha256(SOURCE.read_bytes()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"ehbc-io-recorder-{digest}.so"
    if target.is_file():
        return target
    cc = compiler()
    if cc is None:
        raise RuntimeError("no C compiler")
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    subprocess.run(
        [cc, "-shared", "-fPIC", "-O2", "-o", str(temp), str(SOURCE), "-ldl", "-lpthread"],
        check=True,
        capture_output=True,
    )
    os.replace(temp, target)
    return target


@dataclass(frozen=True, slots=True)
class Op:
    """One recorded operation."""

    kind: int
    fd: int
    a: int  # OPEN: flags; WRITE: offset; TRUNC: size
    b: int  # OPEN: 1 for a directory
    path: str
    data: bytes = b""


def read_log(path: Path) -> list[Op]:
    """Parse the recorder's log."""
    data = path.read_bytes() if path.exists() else b""
    ops, offset = [], 0
    while offset + _HEAD.size <= len(data):
        kind, fd, a, b, plen = _HEAD.unpack_from(data, offset)
        offset += _HEAD.size
        name = data[offset : offset + plen].decode()
        offset += plen
        (dlen,) = _LEN.unpack_from(data, offset)
        offset += _LEN.size
        ops.append(Op(kind, fd, a, b, name, data[offset : offset + dlen]))
        offset += dlen
    return ops


def run_recorded(
    args: list[str],
    folder: Path,
    log: Path,
    *,
    kill_at: int = 0,
    kill_suffix: str = "",
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run `python args...` with the recorder watching `folder`; optionally SIGKILL it.

    `kill_at` kills the child just before its `kill_at`-th recorded operation (on paths ending
    with `kill_suffix`, when given): a real kill at an exact point, e.g. inside a checkpoint.
    """
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "LD_PRELOAD": str(build_recorder()),
        "EHBC_REC_DIR": str(folder.resolve()),
        "EHBC_REC_LOG": str(log),
    }
    if kill_at:
        env["EHBC_REC_KILL"] = str(kill_at)
    if kill_suffix:
        env["EHBC_REC_KILL_SUFFIX"] = kill_suffix
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@dataclass
class _Inode:
    volatile: bytearray
    durable: bytes = b""


@dataclass
class DiskModel:
    """Volatile and durable views of the watched folder while the log is replayed."""

    root: Path
    inodes: list[_Inode] = field(default_factory=list)
    names: dict[str, int] = field(default_factory=dict)  # volatile: path -> inode
    durable_names: dict[str, int] = field(default_factory=dict)
    fds: dict[int, int] = field(default_factory=dict)  # fd -> inode (files)
    dir_fds: dict[int, str] = field(default_factory=dict)  # fd -> folder path

    @classmethod
    def from_folder(cls, folder: Path, before: Path) -> DiskModel:
        """The watched `folder`, as its copy `before` (made before the child ran) holds it.

        Everything in it counts as durable.
        """
        model = cls(folder.resolve())
        for path in sorted(before.rglob("*")):
            if path.is_file() and not path.name.endswith("-shm"):
                content = path.read_bytes()
                model.inodes.append(_Inode(bytearray(content), content))
                model.names[str(model.root / path.relative_to(before))] = len(model.inodes) - 1
        model.durable_names = dict(model.names)
        return model

    def apply(self, op: Op) -> None:
        """Apply one operation to the volatile view (and to the durable one at an fsync)."""
        if op.kind == OPEN:
            self._open(op)
        elif op.kind == WRITE and op.fd in self.fds:
            node = self.inodes[self.fds[op.fd]].volatile
            end = op.a + len(op.data)
            if len(node) < end:
                node.extend(bytes(end - len(node)))
            node[op.a : end] = op.data
        elif op.kind == TRUNC and op.fd in self.fds:
            node = self.inodes[self.fds[op.fd]].volatile
            del node[op.a :]
            node.extend(bytes(max(0, op.a - len(node))))
        elif op.kind == FSYNC:
            self._fsync(op)
        elif op.kind == CLOSE:
            self.fds.pop(op.fd, None)
            self.dir_fds.pop(op.fd, None)
        elif op.kind == UNLINK:
            self.names.pop(op.path, None)
        elif op.kind == RENAME:
            source, target = op.path.split("\n")
            if source in self.names:
                self.names[target] = self.names.pop(source)

    def _open(self, op: Op) -> None:
        if op.b:
            self.dir_fds[op.fd] = op.path.rstrip("/")
            return
        inode = self.names.get(op.path)
        if inode is None:
            if not op.a & os.O_CREAT:
                return
            self.inodes.append(_Inode(bytearray()))
            inode = self.names[op.path] = len(self.inodes) - 1
        elif op.a & os.O_TRUNC:
            self.inodes[inode].volatile.clear()
        self.fds[op.fd] = inode

    def _fsync(self, op: Op) -> None:
        if op.fd in self.dir_fds:
            folder = self.dir_fds[op.fd]
            for name in [n for n in self.durable_names if os.path.dirname(n) == folder]:
                del self.durable_names[name]
            for name, inode in self.names.items():
                if os.path.dirname(name) == folder:
                    self.durable_names[name] = inode
        elif op.fd in self.fds:
            node = self.inodes[self.fds[op.fd]]
            node.durable = bytes(node.volatile)

    def durable_files(self) -> dict[str, bytes]:
        """Relative path -> content, as a power cut now would leave them."""
        return {
            os.path.relpath(name, self.root): self.inodes[inode].durable
            for name, inode in self.durable_names.items()
        }


def fsync_points(ops: list[Op]) -> list[int]:
    """Indexes of the fsyncs: the only moments at which the durable state changes."""
    return [index for index, op in enumerate(ops) if op.kind == FSYNC]


def marks(ops: list[Op]) -> list[tuple[int, str]]:
    """(index, label) of every "reported as saved" mark, in order."""
    return [
        (index, os.path.basename(op.path)[len(MARK_PREFIX) :])
        for index, op in enumerate(ops)
        if op.kind == MARK
    ]


def durable_states(
    folder: Path, before: Path, ops: list[Op], points: Iterable[int]
) -> Iterator[tuple[int, dict[str, bytes]]]:
    """For each crash point (an op index, sorted here), the files a power cut there leaves.

    `folder` is the watched folder, `before` a copy of it made before the child ran.
    """
    model = DiskModel.from_folder(folder, before)
    wanted = sorted(set(points))
    done = 0
    for point in wanted:
        while done <= point and done < len(ops):
            model.apply(ops[done])
            done += 1
        yield point, model.durable_files()


def copy_folder(folder: Path, target: Path) -> None:
    """A copy of the vault folder without its shared-memory file (the state before a run)."""
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*-shm"))


def write_folder(files: dict[str, bytes], target: Path) -> None:
    """Materialise a durable state as a real folder (private modes, like the vault)."""
    target.mkdir(parents=True, mode=0o700)
    (target / "blobs").mkdir(mode=0o700, exist_ok=True)
    for name, content in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.write_bytes(content)
        path.chmod(0o600)


def mark(folder: Path, label: str) -> None:
    """In the child: log that the edit `label` was reported as saved (see the module doc)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder / f"{MARK_PREFIX}{label}")


def reported_before(ops: list[Op], reported: list[str], point: int) -> list[str]:
    """The workload's report lines whose mark comes before op `point`."""
    return reported[: sum(1 for index, _label in marks(ops) if index < point)]


def passphrase_candidates(ops: list[Op], reported: list[str], first: str, point: int) -> list[str]:
    """Passphrases that may open the vault at `point`, most likely first.

    The newest one reported before it, or the next one when the cut fell between the new key
    slot reaching the disk and the report.
    """
    from tests.stress.vault_checks import passphrases

    keys = [first, *passphrases(reported)]
    known = len(passphrases(reported_before(ops, reported, point))) + 1
    return list(reversed(keys[max(0, known - 1) : known + 1]))


@dataclass
class ReplayReport:
    """What the replays showed."""

    points: int = 0
    opened: int = 0
    refused: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def replay_and_check(  # noqa: PLR0917 - the recording's parts, then where to work
    folder: Path,
    before: Path,
    ops: list[Op],
    reported: list[str],
    first_passphrase: str,
    points: Iterable[int],
    work: Path,
) -> ReplayReport:
    """Rebuild the folder at every crash point and check it opens with every saved edit.

    `reported`: the workload's lines, in the order of its marks ("saved kind:id" or
    "passphrase P"). At a crash point, every line marked before it must hold.
    """
    from tests.stress.vault_checks import check_vault, saved_labels

    report = ReplayReport()
    for point, files in durable_states(folder, before, ops, points):
        lines = reported_before(ops, reported, point)
        candidates = passphrase_candidates(ops, reported, first_passphrase, point)
        target = work / f"point-{point}"
        write_folder(files, target)
        outcome = check_vault(target, candidates, saved_labels(lines))
        report.points += 1
        if not outcome.opened:
            report.refused.append(f"point {point}: {outcome.refusal}")
        else:
            report.opened += 1
        report.lost += [f"point {point}: {label}" for label in outcome.missing]
        report.problems += [f"point {point}: {problem}" for problem in outcome.problems]
        shutil.rmtree(target, ignore_errors=True)
    return report

"""Finds the line of a key in TOML source text (tomllib reports no positions for valid files)."""

from __future__ import annotations

import contextlib
import re

KeyPath = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-.\"' ]+?)\s*=")
_INNER_KEY = re.compile(r"([A-Za-z0-9_\-]+)\s*=")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')


class LineIndex:
    """Maps key paths (like ("pages", 2, "fields", 0, "label")) to 1-based source lines.

    A forgiving scanner, not a parser: it only runs on text tomllib already accepted, and a
    lookup falls back to the line of the longest known prefix of the path, then to line 1.
    """

    def __init__(self, source: str) -> None:
        self._lines: dict[KeyPath, int] = {}
        self._array_counts: dict[KeyPath, int] = {}
        # Positions are a courtesy: a scanner hiccup must never hide the real error.
        with contextlib.suppress(Exception):
            self._scan(source)

    def line_of(self, path: KeyPath) -> int:
        """The line of `path`, or of its longest known prefix, or 1."""
        for end in range(len(path), 0, -1):
            line = self._lines.get(path[:end])
            if line is not None:
                return line
        return 1

    def _record(self, path: KeyPath, line: int) -> None:
        self._lines.setdefault(path, line)

    def _resolve(self, dotted: str) -> KeyPath:
        """Turn a dotted header into a key path, adding the current index of each array."""
        path: KeyPath = ()
        for part in (p.strip().strip("\"'") for p in dotted.split(".")):
            path = (*path, part)
            if path in self._array_counts:
                path = (*path, self._array_counts[path] - 1)
        return path

    def _scan(self, source: str) -> None:
        table: KeyPath = ()
        array: tuple[KeyPath, int, int] | None = None  # (key path, depth, element index)
        in_multiline: str | None = None
        for number, raw in enumerate(source.splitlines(), start=1):
            if in_multiline is not None:
                if in_multiline in raw:
                    in_multiline = None
                continue
            line = _STRING.sub('""', raw)
            for quote in ('"""', "'''"):
                if raw.count(quote) % 2 == 1:
                    in_multiline = quote
                    line = line.split(quote)[0]
            line = line.split("#")[0]
            if array is not None:
                array = self._scan_array_line(array, line, number)
                continue
            header = _HEADER.match(line)
            if header and "=" not in line:
                table = self._enter_table(header.group(1) == "[[", header.group(2), number)
                continue
            key = _KEY.match(line)
            if not key:
                continue
            path = (*table, *(p.strip().strip("\"'") for p in key.group(1).split(".")))
            self._record(path, number)
            value = line[key.end() :]
            for inner in _INNER_KEY.findall(value):
                self._record((*path, inner), number)
            if value.strip().startswith("[") and value.count("[") > value.count("]"):
                array = self._scan_array_line((path, 0, -1), value, number)

    def _enter_table(self, is_array: bool, dotted: str, number: int) -> KeyPath:
        if not is_array:
            path = self._resolve(dotted)
            self._record(path, number)
            return path
        parts = dotted.rsplit(".", 1)
        parent = self._resolve(parts[0]) if len(parts) == 2 else ()
        key = parts[-1].strip().strip("\"'")
        array_path = (*parent, key)
        index = self._array_counts.get(array_path, 0)
        self._array_counts[array_path] = index + 1
        self._record(array_path, number)
        self._record((*array_path, index), number)
        return (*array_path, index)

    def _scan_array_line(
        self, state: tuple[KeyPath, int, int], line: str, number: int
    ) -> tuple[KeyPath, int, int] | None:
        """Follow a multi-line array of inline tables; None once it closes."""
        path, depth, index = state
        for char_pos, char in enumerate(line):
            if char in "[{":
                depth += 1
                if char == "{" and depth == 2:
                    index += 1
                    element = (*path, index)
                    self._record(element, number)
                    for inner in _INNER_KEY.findall(line[char_pos:]):
                        self._record((*element, inner), number)
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return None
        return (path, depth, index)

"""Whatever bytes a school's form file holds, loading it raises FormError and nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ehbc_desktop.formspec import FormError, builtin_forms_dir, load_form

SOURCES = [(builtin_forms_dir() / f"{name}.toml").read_bytes() for name in ("choice", "victim")]
# Bytes that matter to TOML: quotes, brackets, braces, '=', '.', newlines, digits, non-UTF-8.
INTERESTING = b"\"'[]{}=.,#\n\\ 0x\xff\xc3tf"

mutation = st.tuples(
    st.sampled_from(["replace", "insert", "delete"]),
    st.floats(min_value=0, max_value=1, exclude_max=True),
    st.one_of(st.sampled_from(list(INTERESTING)), st.integers(min_value=0, max_value=255)),
)


def _mutate(source: bytes, mutations: list[tuple[str, float, int]]) -> bytes:
    data = bytearray(source)
    for action, where, byte in mutations:
        position = int(where * len(data)) if data else 0
        if action == "insert" or not data:
            data.insert(position, byte)
        elif action == "replace":
            data[position] = byte
        else:
            del data[position]
    return bytes(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    source=st.sampled_from(SOURCES),
    mutations=st.lists(mutation, min_size=1, max_size=6),
)
def test_mutated_form_files_only_ever_raise_form_error(
    source: bytes, mutations: list[tuple[str, float, int]]
) -> None:
    data = _mutate(source, mutations)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.toml"
        path.write_bytes(data)
        try:
            spec = load_form(path)
        except FormError as error:
            assert error.path == path
            assert 1 <= error.line <= data.count(b"\n") + 1
        else:
            assert spec.pages and all(page.fields for page in spec.pages)

"""One row held at its key: written over (insert or update) while it has a
value, deleted when it has none. Tables and columns are the callers' constant
names, never input."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from judgeapp.store.db import Workspace


@lru_cache(maxsize=16)
def _delete(table: str, keys: tuple[str, ...]) -> str:
    return f"DELETE FROM {table} WHERE {' AND '.join(f'{k}=?' for k in keys)}"


@lru_cache(maxsize=16)
def _upsert(table: str, keys: tuple[str, ...], columns: tuple[str, ...]) -> str:
    names = ", ".join(keys + columns)
    marks = ", ".join("?" for _ in keys + columns)
    sets = ", ".join(f"{c}=excluded.{c}" for c in columns)
    return (
        f"INSERT INTO {table}({names}) VALUES ({marks})"
        f" ON CONFLICT({', '.join(keys)}) DO UPDATE SET {sets}"
    )


def put_or_delete(
    ws: Workspace, table: str, key: Mapping[str, object], values: Mapping[str, object] | None
) -> None:
    """The row of ``table`` at ``key`` holds ``values``; ``None``: no row."""
    if values is None:
        ws.conn.execute(_delete(table, tuple(key)), tuple(key.values()))
    else:
        sql = _upsert(table, tuple(key), tuple(values))
        ws.conn.execute(sql, (*key.values(), *values.values()))

"""Documents and key figures of a submission, as the reports show them.

The package store (``judgeapp.store.submissions``) owns these tables; this
module only adapts its answers to plain dicts, and degrades to the document id
when the store has no title for it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from judgeapp.store.db import Workspace


def _store() -> Any:
    try:
        from judgeapp.store import submissions
    except ModuleNotFoundError:  # pragma: no cover - package store not installed
        return None
    return submissions


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


@lru_cache(maxsize=1)
def _doc_fn() -> Any:
    store = _store()
    for name in ("list_documents", "documents", "submission_documents"):
        fn = getattr(store, name, None) if store else None
        if callable(fn):
            return fn
    return None


@lru_cache(maxsize=1)
def _fig_fn() -> Any:
    store = _store()
    for name in ("key_figures", "list_key_figures", "submission_key_figures"):
        fn = getattr(store, name, None) if store else None
        if callable(fn):
            return fn
    return None


def documents_of(ws: Workspace, submission_id: str) -> list[dict]:
    fn = _doc_fn()
    if fn is None:
        return []
    out = []
    for d in fn(ws, submission_id):
        out.append(
            {
                "doc_id": _get(d, "doc_id", ""),
                "title": _get(d, "title", "") or _get(d, "doc_id", ""),
                "kind": _get(d, "kind", ""),
                "pages": _get(d, "pages"),
            }
        )
    return out


def title_of(ws: Workspace, submission_id: str, doc_id: str) -> str:
    for d in documents_of(ws, submission_id):
        if d["doc_id"] == doc_id:
            return str(d["title"])
    return doc_id


def key_figures_of(ws: Workspace, submission_id: str) -> list[dict]:
    fn = _fig_fn()
    if fn is None:
        return []
    out = []
    for k in fn(ws, submission_id):
        out.append(
            {
                "id": _get(k, "id", ""),
                "label": _get(k, "label", ""),
                "value": _get(k, "value", ""),
                "unit": _get(k, "unit", ""),
                "year": _get(k, "year"),
                "source": _get(k, "source", ""),
            }
        )
    return out

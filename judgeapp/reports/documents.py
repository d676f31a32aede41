"""Documents and key figures of a submission, as the reports show them.

The package store owns these tables (read through ``services.contents``); this
module only adapts its answers to plain dicts, and degrades to the document id
when the store has no title for it.
"""

from __future__ import annotations

from judgeapp.services import contents
from judgeapp.store.db import Workspace


def documents_of(ws: Workspace, submission_id: str) -> list[dict]:
    out = []
    for d in contents.documents(ws, submission_id):
        out.append(
            {"doc_id": d.doc_id, "title": d.title or d.doc_id, "kind": d.kind, "pages": d.pages}
        )
    return out


def title_of(ws: Workspace, submission_id: str, doc_id: str) -> str:
    for d in documents_of(ws, submission_id):
        if d["doc_id"] == doc_id:
            return str(d["title"])
    return doc_id


def key_figures_of(ws: Workspace, submission_id: str) -> list[dict]:
    out = []
    for k in contents.key_figures(ws, submission_id):
        out.append(
            {
                "id": k.id,
                "label": k.label,
                "value": k.value,
                "unit": k.unit,
                "year": k.year,
                "source": k.source,
            }
        )
    return out

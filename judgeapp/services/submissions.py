"""The event's submissions as the secretariat lists them (the Submissions tab
and ``judgeapp submissions``): region, category, version and documents of each
current submission (older versions are kept, not listed)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from judgeapp.errors import NotFound
from judgeapp.store import events as store_events
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace


@dataclass(frozen=True)
class DocumentInfo:
    file: str  # the path in the package
    title: str
    kind: str
    pages: int | None
    size: int
    warning: str


@dataclass(frozen=True)
class SubmissionInfo:
    id: str
    region: str
    region_kind: str
    province: str
    code: str
    category: str
    title: str
    version: int
    imported_at: str
    sample: bool
    documents: tuple[DocumentInfo, ...]

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "region": self.region,
            "region_kind": self.region_kind,
            "province": self.province,
            "code": self.code,
            "category": self.category,
            "title": self.title,
            "version": self.version,
            "imported_at": self.imported_at,
            "sample": self.sample,
            "documents": [
                {
                    "file": d.file,
                    "title": d.title,
                    "kind": d.kind,
                    "pages": d.pages,
                    "size": d.size,
                    "warning": d.warning,
                }
                for d in self.documents
            ],
        }


# the fields a listed submission takes from its row as they are
_FROM_ROW = tuple(f.name for f in fields(SubmissionInfo) if f.name != "documents")


def list_submissions(ws: Workspace, event_id: str) -> list[SubmissionInfo]:
    """The event's current submissions, by region name; refuses an unknown event."""
    store_events.get_event(ws, event_id)  # NotFound names the event
    docs = store_submissions.event_documents(ws, event_id)
    return [
        SubmissionInfo(
            **{name: getattr(s, name) for name in _FROM_ROW},
            documents=tuple(
                DocumentInfo(d.doc_id, d.title, d.kind, d.pages, d.size, d.warning)
                for d in docs.get(s.id, [])
            ),
        )
        for s in store_submissions.current_submissions(ws, event_id)
    ]


__all__ = ["DocumentInfo", "NotFound", "SubmissionInfo", "list_submissions"]

"""One evidence link of a sheet (a page of a document, for a target), as the
judge's screen and the tests give it to the sheets' service, and as the service,
having checked the page, gives it to the store."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EvidenceLink:
    target: str
    doc_id: str
    page: int
    note: str = ""
    grid_cell: str = ""

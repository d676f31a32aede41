"""Check a printed report against the workspace it claims to come from.

A JudgeApp PDF carries ``/JudgeAppReport`` in its document information (the
kind, event, stage, submission, judge, language, fingerprint and print time)
and an attached ``report-data.json`` (the same metadata and the report's
data). ``verify_pdf`` rebuilds the data from the workspace with the same
parameters, recomputes the fingerprint and reports, as findings:

* whether the PDF is a JudgeApp report at all, and whether its metadata,
  attachment and visible footer agree;
* whether the attached data still gives the printed fingerprint (the
  attachment was not edited);
* whether the workspace today gives the same fingerprint — and, when not,
  which parts of the data differ (up to a few paths).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from judgeapp.i18n import t
from judgeapp.reports import KINDS, ReportRefused
from judgeapp.reports.common import REPORT_FORMAT, Params, fingerprint, jsonable
from judgeapp.store.db import Workspace

MAX_DIFFS = 8


@dataclass(frozen=True)
class Finding:
    ok: bool
    message: str

    def __str__(self) -> str:
        return ("OK    " if self.ok else "GAGAL " if _id() else "FAIL  ") + self.message


def _id() -> bool:
    from judgeapp.i18n import language

    return language() == "id"


def read_report_meta(path: Path) -> tuple[dict | None, dict | None, str]:
    """(metadata, attachment, text of page 1) of a PDF; Nones when absent."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    info: Any = reader.metadata or {}
    raw = next((v for k, v in info.items() if str(k).lower() == "/judgeappreport"), None)
    meta = json.loads(str(raw)) if raw else None
    attachment = None
    for name, bodies in (reader.attachments or {}).items():
        if name == "report-data.json" and bodies:
            attachment = json.loads(bodies[0].decode("utf-8"))
    text = reader.pages[0].extract_text() if reader.pages else ""
    return meta, attachment, text or ""


def _diff(a: Any, b: Any, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                out.append(f"{path}/{k}")
            else:
                out.extend(_diff(a[k], b[k], f"{path}/{k}"))
        return out
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{path} ({len(a)} → {len(b)})"]
        out = []
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            out.extend(_diff(x, y, f"{path}[{i}]"))
        return out
    return [] if a == b else [f"{path}: {a!r} → {b!r}"]


def _check(ok: bool, yes: tuple[str, str], no: tuple[str, str]) -> Finding:
    """A finding saying ``yes`` when it checks out, ``no`` when not (each in
    Indonesian and English)."""
    return Finding(ok, t(*yes) if ok else t(*no))


def verify_pdf(ws: Workspace, path: Path | str) -> list[Finding]:
    """Findings for one PDF (``all(f.ok for f in findings)`` means it checks out)."""
    path = Path(path)
    try:
        meta, attachment, first_page = read_report_meta(path)
    except Exception as exc:  # unreadable or not a PDF
        return [
            Finding(
                False,
                t(f"{path}: bukan PDF yang terbaca ({exc})", f"{path}: not a readable PDF ({exc})"),
            )
        ]
    if not meta or meta.get("format") != REPORT_FORMAT or meta.get("kind") not in KINDS:
        return [
            Finding(False, t(f"{path}: bukan laporan JudgeApp", f"{path}: not a JudgeApp report"))
        ]
    printed = str(meta.get("fingerprint", ""))
    when = meta.get("printed_at", "?")
    out = [
        Finding(
            True,
            t(
                f"laporan {meta['kind']} acara {meta['event']}, dicetak {when}",
                f"{meta['kind']} report of event {meta['event']}, printed {when}",
            ),
        ),
        _check(
            printed[:16] in "".join(first_page.split()),
            (
                "sidik di kaki halaman cocok dengan metadata",
                "footer fingerprint matches the metadata",
            ),
            (
                "sidik di kaki halaman berbeda dari metadata",
                "footer fingerprint differs from the metadata",
            ),
        ),
    ]
    params = Params(
        meta["kind"], meta["event"], meta.get("stage"), meta.get("submission"), meta.get("judge")
    )
    printed_data = None
    if attachment is None or attachment.get("meta", {}).get("fingerprint") != printed:
        out.append(
            Finding(
                False,
                t(
                    "data terlampir hilang atau tidak cocok",
                    "attached data missing or not matching",
                ),
            )
        )
    else:
        printed_data = attachment.get("data")
        out.append(
            _check(
                fingerprint(params, cast(dict, printed_data)) == printed,
                (
                    "data terlampir menghasilkan sidik yang tercetak",
                    "attached data gives the printed fingerprint",
                ),
                ("data terlampir telah diubah", "attached data was altered"),
            )
        )
    anchor = meta.get("checkpoint")
    if isinstance(anchor, dict):  # the signed history checkpoint it was printed at
        from judgeapp.services.integrity import check_report_anchor

        out.extend(Finding(f.ok, f.detail) for f in check_report_anchor(ws, anchor, printed))
    return out + _against_the_workspace(ws, params, printed, printed_data)


def _against_the_workspace(
    ws: Workspace, params: Params, printed: str, printed_data: Any
) -> list[Finding]:
    """Whether the workspace today gives the printed fingerprint; when not,
    what differs from the attached data (the first ``MAX_DIFFS`` paths)."""
    from judgeapp.reports.render import build_data

    try:
        current = build_data(ws, params)
    except ReportRefused as exc:
        return [
            Finding(
                False,
                t(
                    f"tidak dapat dibangun ulang dari workspace: {exc}",
                    f"cannot be rebuilt from the workspace: {exc}",
                ),
            )
        ]
    same = fingerprint(params, current) == printed
    out = [
        _check(
            same,
            ("sama dengan data workspace saat ini", "identical to the workspace's current data"),
            (
                "data workspace telah berubah sejak laporan dicetak",
                "the workspace's data changed since the report was printed",
            ),
        )
    ]
    if same or printed_data is None:
        return out
    diffs = _diff(printed_data, jsonable(current))
    out.extend(Finding(False, t("berbeda: ", "differs: ") + d) for d in diffs[:MAX_DIFFS])
    if len(diffs) > MAX_DIFFS:
        more = len(diffs) - MAX_DIFFS
        out.append(Finding(False, t(f"… dan {more} lainnya", f"… and {more} more")))
    return out

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


def verify_pdf(ws: Workspace, path: Path | str) -> list[Finding]:
    """Findings for one PDF (``all(f.ok for f in findings)`` means it checks out)."""
    from judgeapp.reports.render import build_data

    path = Path(path)
    out: list[Finding] = []
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
    out.append(
        Finding(
            True,
            t(
                f"laporan {meta['kind']} acara {meta['event']}, dicetak {meta.get('printed_at', '?')}",
                f"{meta['kind']} report of event {meta['event']}, printed {meta.get('printed_at', '?')}",
            ),
        )
    )
    footer_ok = printed[:16] in "".join(first_page.split())
    out.append(
        Finding(
            footer_ok,
            t(
                "sidik di kaki halaman cocok dengan metadata",
                "footer fingerprint matches the metadata",
            )
            if footer_ok
            else t(
                "sidik di kaki halaman berbeda dari metadata",
                "footer fingerprint differs from the metadata",
            ),
        )
    )
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
        same = fingerprint(params, cast(dict, printed_data)) == printed
        out.append(
            Finding(
                same,
                t(
                    "data terlampir menghasilkan sidik yang tercetak",
                    "attached data gives the printed fingerprint",
                )
                if same
                else t("data terlampir telah diubah", "attached data was altered"),
            )
        )
    anchor = meta.get("checkpoint")
    if isinstance(anchor, dict):  # the signed history checkpoint it was printed at
        from judgeapp.services.integrity import check_report_anchor

        out.extend(Finding(f.ok, f.detail) for f in check_report_anchor(ws, anchor, printed))
    try:
        current = build_data(ws, params)
    except ReportRefused as exc:
        out.append(
            Finding(
                False,
                t(
                    f"tidak dapat dibangun ulang dari workspace: {exc}",
                    f"cannot be rebuilt from the workspace: {exc}",
                ),
            )
        )
        return out
    now_fp = fingerprint(params, current)
    if now_fp == printed:
        out.append(
            Finding(
                True,
                t(
                    "sama dengan data workspace saat ini",
                    "identical to the workspace's current data",
                ),
            )
        )
    else:
        out.append(
            Finding(
                False,
                t(
                    "data workspace telah berubah sejak laporan dicetak",
                    "the workspace's data changed since the report was printed",
                ),
            )
        )
        if printed_data is not None:
            diffs = _diff(printed_data, jsonable(current))
            for d in diffs[:MAX_DIFFS]:
                out.append(Finding(False, t("berbeda: ", "differs: ") + d))
            if len(diffs) > MAX_DIFFS:
                out.append(
                    Finding(
                        False,
                        t(
                            f"… dan {len(diffs) - MAX_DIFFS} lainnya",
                            f"… and {len(diffs) - MAX_DIFFS} more",
                        ),
                    )
                )
    return out

"""judgeapp submissions — the event's current submissions (id, region, category,
version, documents), for scripting (``--format json``) or reading."""

from __future__ import annotations

import argparse
import json

from judgeapp.cli import add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "submissions",
        "the event's submissions: id, region, category, version, documents",
        _submissions,
    )
    p.add_argument("--event", required=True, metavar="ID")
    p.add_argument("--format", choices=("table", "json"), default="table")


def _submissions(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services.submissions import list_submissions

    with open_ws(args) as ws:
        rows = list_submissions(ws, args.event)
    if args.format == "json":
        print(json.dumps([s.as_json() for s in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(t("(belum ada peserta)", "(no submissions)"))
        return 0
    head = (
        t("id", "id"),
        t("daerah", "region"),
        t("kategori", "category"),
        t("versi", "version"),
        t("dokumen", "documents"),
    )
    table = [(s.id, s.region, s.category, str(s.version), str(len(s.documents))) for s in rows]
    widths = [max(len(r[i]) for r in [head, *table]) for i in range(len(head))]
    for r in [head, *table]:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    return 0

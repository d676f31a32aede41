"""judgeapp progress — the progress board: judges × submissions."""

from __future__ import annotations

import argparse
import json

from judgeapp.cli import add_command, open_ws

MARKS = {
    "missing": "?",
    "not_started": "·",
    "in_progress": "…",
    "final": "✓",
    "conflict": "K",
    "unassigned": " ",
}


def register(sub: argparse._SubParsersAction) -> None:
    pr = add_command(sub, "progress", "progress board: judges × submissions", _progress)
    pr.add_argument("--event", required=True, metavar="ID")
    pr.add_argument("--stage", default=None)
    pr.add_argument("--format", choices=("table", "json"), default="table")


def _progress(args: argparse.Namespace) -> int:
    from judgeapp.services.progress import progress_board

    with open_ws(args) as ws:
        board = progress_board(ws, args.event, args.stage)
    if args.format == "json":
        print(
            json.dumps(
                {
                    "event": board.event_id,
                    "stage": board.stage_id,
                    "counts": board.counts,
                    "cells": [
                        {
                            "judge": c.judge_id,
                            "submission": c.submission_id,
                            "status": c.status,
                            "source": c.source,
                            "scored": c.scored,
                            "total": c.total_keys,
                            "missing": list(c.missing),
                        }
                        for c in board.cells.values()
                    ],
                    "missing_by_judge": board.missing_by_judge(),
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    from judgeapp.i18n import t
    from judgeapp.services.progress import status_label

    names = [s.region[:14] for s in board.submissions]
    print(" " * 16 + " ".join(f"{n:14}" for n in names))
    for j in board.judges:
        name = str(j.name or j.id)[:15]
        print(f"{name:16}" + " ".join(f"{MARKS[c.status]:14}" for c in board.row(j.id)))
    # the counts and the marks' legend in words ("sedang dinilai"), never the
    # status keys (those are in --format json)
    print(", ".join(f"{status_label(k)}: {v}" for k, v in board.counts.items() if v and k in MARKS))
    legend = ", ".join(
        f"{MARKS[k]} {status_label(k)}" for k in MARKS if k != "unassigned" and board.counts.get(k)
    )
    if legend:
        print(t("tanda", "marks") + f": {legend}")
    for judge, lines in board.missing_by_judge().items():
        print(f"{judge}:")
        for line in lines:
            print(f"  - {line}")
    return 0

"""judgeapp assign — the assignment matrix: a cell, a row, a column or all."""

from __future__ import annotations

import argparse
import sys

from judgeapp.cli import add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    s = add_command(
        sub,
        "assign",
        "assignment matrix: a cell, a row (--judge), a column (--submission) or --all",
        _assign,
    )
    s.add_argument("--event", required=True, metavar="ID")
    s.add_argument("--stage", default=None)
    s.add_argument("--judge", default=None)
    s.add_argument("--submission", default=None)
    s.add_argument("--all", action="store_true")
    s.add_argument("--remove", action="store_true", help="unassign instead")


def _assign(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import setup

    on = not args.remove
    with open_ws(args) as ws:
        if args.all:
            res = setup.fill_all(ws, args.event, on, stage_id=args.stage)
        elif args.judge and args.submission:
            res = setup.set_assignment(
                ws, args.event, args.judge, args.submission, on, stage_id=args.stage
            )
        elif args.judge:
            res = setup.fill_row(ws, args.event, args.judge, on, stage_id=args.stage)
        elif args.submission:
            res = setup.fill_column(ws, args.event, args.submission, on, stage_id=args.stage)
        else:
            print("judgeapp assign: --judge, --submission or --all", file=sys.stderr)
            return 2
    print(t(f"{res.changed} sel berubah", f"{res.changed} cells changed"))
    for judge, sub in res.skipped_conflicts:
        print(t(f"dilewati (konflik): {judge} × {sub}", f"skipped (conflict): {judge} × {sub}"))
    return 0

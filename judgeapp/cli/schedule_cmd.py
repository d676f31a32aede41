"""judgeapp schedule — set an interview slot, or list the schedule."""

from __future__ import annotations

import argparse
import sys

from judgeapp.cli import add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    sc = add_command(sub, "schedule", "set an interview slot, or list the schedule", _schedule)
    sc.add_argument("--event", required=True, metavar="ID")
    sc.add_argument("--stage", default=None)
    sc.add_argument("--submission", default=None)
    sc.add_argument("--at", default=None, metavar="'YYYY-MM-DD HH:MM'")
    sc.add_argument("--room", default="")


def _schedule(args: argparse.Namespace) -> int:
    from judgeapp.services import setup

    with open_ws(args) as ws:
        if args.submission:
            if args.at is None:
                print("judgeapp schedule: --at is required with --submission", file=sys.stderr)
                return 2
            setup.set_schedule(
                ws, args.event, args.submission, args.at, args.room, stage_id=args.stage
            )
        for r in setup.schedule(ws, args.event, args.stage):
            print(f"{r.starts_at:17} {r.room:12} {r.stage_id:10} {r.region}")
    return 0

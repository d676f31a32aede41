"""judgeapp conflict — declare (or withdraw) a judge's conflict of interest."""

from __future__ import annotations

import argparse

from judgeapp.cli import add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    c = add_command(sub, "conflict", "declare (or --withdraw) a conflict of interest", _conflict)
    c.add_argument("--event", required=True, metavar="ID")
    c.add_argument("--judge", required=True)
    c.add_argument("--submission", required=True)
    c.add_argument("--reason", required=True)
    c.add_argument("--withdraw", action="store_true")


def _conflict(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import setup

    with open_ws(args) as ws:
        if args.withdraw:
            setup.withdraw_conflict(
                ws, args.event, args.judge, args.submission, args.reason, "secretariat"
            )
            print(t("konflik dicabut", "conflict withdrawn"))
        else:
            n = setup.declare_conflict(ws, args.event, args.judge, args.submission, args.reason)
            print(
                t(
                    f"konflik dicatat; {n} penugasan dilepas",
                    f"conflict recorded; {n} assignments dropped",
                )
            )
    return 0

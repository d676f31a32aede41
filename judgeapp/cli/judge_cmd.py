"""judgeapp judge add | list — the judges of an event."""

from __future__ import annotations

import argparse

from judgeapp.cli import add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    j = sub.add_parser("judge", help="judges of an event")
    jsub = j.add_subparsers(dest="judge_command", metavar="ACTION", required=True)
    a = add_command(jsub, "add", "add a judge (prints the id)", _judge_add)
    a.add_argument("--event", required=True, metavar="ID")
    a.add_argument("--name", required=True)
    a.add_argument("--role", default="TPI", help="TPI | TPU | asesor | TPT")
    a.add_argument("--id", dest="judge_id", default=None)
    li = add_command(jsub, "list", "list the event's judges", _judge_list)
    li.add_argument("--event", required=True, metavar="ID")


def _judge_add(args: argparse.Namespace) -> int:
    from judgeapp.services import setup

    with open_ws(args) as ws:
        print(setup.add_judge(ws, args.event, args.name, args.role, judge_id=args.judge_id))
    return 0


def _judge_list(args: argparse.Namespace) -> int:
    from judgeapp.services import setup

    with open_ws(args) as ws:
        for j in setup.list_judges(ws, args.event):
            print(f"{j['id']:20} {j['role']:7} {j['fingerprint'] or '-':40} {j['name']}")
    return 0

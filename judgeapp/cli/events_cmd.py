"""judgeapp events | event create"""

from __future__ import annotations

import argparse

from judgeapp.cli import Refused, add_workspace_arg, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="list the workspace's events")
    p.add_argument("--format", choices=("table", "json"), default="table")
    add_workspace_arg(p)
    p.set_defaults(func=_events)
    e = sub.add_parser("event", help="create an event")
    esub = e.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    c = esub.add_parser("create", help="a new event (one --form per stage); prints its id")
    c.add_argument("--name", required=True)
    c.add_argument(
        "--form",
        action="append",
        required=True,
        metavar="FORM_ID",
        help="form id (repeat for each stage, in order)",
    )
    c.add_argument(
        "--stage-weight",
        action="append",
        metavar="W",
        help="stage weight in percent (repeat per stage; default from the form)",
    )
    c.add_argument("--edition", default="")
    c.add_argument("--place", default="")
    add_workspace_arg(c)
    c.set_defaults(func=_create)


def _events(args: argparse.Namespace) -> int:
    import json

    from judgeapp.services.events import list_events

    with open_ws(args) as ws:
        events = list_events(ws)
        if args.format == "json":
            print(
                json.dumps(
                    [
                        {
                            "id": e.id,
                            "name": e.name,
                            "competition": e.competition,
                            "edition": e.edition,
                            "sample": e.sample,
                            "stages": [
                                {
                                    "id": s.id,
                                    "name": s.name,
                                    "weight": str(s.weight),
                                    "form": s.form_hash,
                                }
                                for s in e.stages
                            ],
                        }
                        for e in events
                    ],
                    indent=2,
                    ensure_ascii=False,
                )
            )
            return 0
        if not events:
            print("(no events)")
        for e in events:
            stages = ", ".join(f"{s.id} {s.weight}%" for s in e.stages)
            print(f"{e.id:34} {e.competition:10} {e.name}  [{stages}]")
    return 0


def _create(args: argparse.Namespace) -> int:
    from decimal import Decimal, InvalidOperation

    from judgeapp.services.events import EventRefused, create_event

    weights = None
    if args.stage_weight:
        try:
            weights = [Decimal(w) for w in args.stage_weight]
        except InvalidOperation:
            raise Refused(f"stage weight is not a number: {args.stage_weight}") from None
    with open_ws(args) as ws:
        try:
            eid = create_event(
                ws,
                args.name,
                args.form,
                stage_weights=weights,
                edition=args.edition,
                place=args.place,
            )
        except EventRefused as exc:
            raise Refused(str(exc)) from None
    print(eid)
    return 0

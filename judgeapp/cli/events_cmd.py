"""judgeapp events | event create"""

from __future__ import annotations

import argparse

from judgeapp.cli import Refused, add_workspace_arg, by_name, open_ws


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
    c.add_argument("--place", "--venue", dest="place", default="", help="venue")
    c.add_argument("--starts-on", default="", metavar="DATE", help="first day (2024-06-12)")
    c.add_argument("--ends-on", default="", metavar="DATE", help="last day (default: the first)")
    c.add_argument(
        "--category",
        action="append",
        default=[],
        help="a category ranked (repeat; default: any category)",
    )
    c.add_argument("--chair", default="", metavar="NAME", help="chair signing the berita acara")
    c.add_argument("--chair-position", default="", metavar="TEXT")
    c.add_argument(
        "--member",
        action="append",
        default=[],
        metavar="NAME[|POSITION]",
        help="member signing the berita acara (repeat, in order)",
    )
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
                            "place": e.place,
                            "starts_on": e.starts_on,
                            "ends_on": e.ends_on,
                            "categories": list(e.categories),
                            "chair": e.chair.name if e.chair else "",
                            "members": [m.name for m in e.members],
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
            from judgeapp.i18n import t

            print(t("(belum ada acara)", "(no events)"))
        for e in events:
            stages = ", ".join(f"{s.id} {s.weight}%" for s in e.stages)
            print(f"{e.id:34} {e.competition:10} {e.name}  [{stages}]")
    return 0


def _create(args: argparse.Namespace) -> int:
    from judgeapp.services import events as event_service

    weights = list(args.stage_weight or [])
    if weights and len(weights) != len(args.form):
        from judgeapp.i18n import t

        raise Refused(
            t(
                f"{len(weights)} bobot tahap untuk {len(args.form)} tahap",
                f"{len(weights)} stage weights for {len(args.form)} stages",
            )
        )
    stages = tuple(
        event_service.StageDraft(form=f, weight=weights[i] if weights else "")
        for i, f in enumerate(args.form)
    )
    members = []
    for text in args.member:
        name, _, position = text.partition("|")
        members.append(event_service.PersonDraft(name, position))
    draft = event_service.EventDraft(
        stages=stages,
        categories=tuple(args.category),
        chair=event_service.PersonDraft(args.chair, args.chair_position),
        members=tuple(members),
        **by_name(args, "name", "edition", "place", "starts_on", "ends_on"),
    )
    with open_ws(args) as ws:
        eid = event_service.save_event(ws, draft)
    print(eid)
    return 0

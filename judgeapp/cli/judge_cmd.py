"""judgeapp judge add | edit | remove | import | list — the judges of an event."""

from __future__ import annotations

import argparse

from judgeapp.cli import add_command, by_name, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    j = sub.add_parser("judge", help="judges of an event")
    jsub = j.add_subparsers(dest="judge_command", metavar="ACTION", required=True)
    a = add_command(jsub, "add", "add a judge (prints the id)", _judge_add)
    a.add_argument("--event", required=True, metavar="ID")
    a.add_argument("--name", required=True)
    a.add_argument("--role", default="TPI", help="TPI | TPU | asesor | TPT")
    a.add_argument("--id", dest="judge_id", default=None)
    a.add_argument("--province", default="")
    a.add_argument("--institution", default="")
    e = add_command(jsub, "edit", "change a judge's name, role or profile", _judge_edit)
    e.add_argument("--event", required=True, metavar="ID")
    e.add_argument("--judge", required=True, metavar="ID")
    e.add_argument("--name", default=None)
    e.add_argument("--role", default=None)
    e.add_argument("--province", default=None)
    e.add_argument("--institution", default=None)
    e.add_argument(
        "--capacity",
        default=None,
        metavar="N",
        help="most submissions per stage for automatic assignment ('' for no limit)",
    )
    e.add_argument(
        "--prefer",
        default=None,
        metavar="CATEGORIES",
        help="preferred categories, comma-separated ('' for none)",
    )
    r = add_command(
        jsub, "remove", "remove a judge (one who has scored is retired, not deleted)", _judge_remove
    )
    r.add_argument("--event", required=True, metavar="ID")
    r.add_argument("--judge", required=True, metavar="ID")
    r.add_argument("--reason", default="")
    im = add_command(jsub, "import", "add a list of judges from CSV or XLSX", _judge_import)
    im.add_argument("file", metavar="FILE")
    im.add_argument("--event", required=True, metavar="ID")
    li = add_command(jsub, "list", "list the event's judges", _judge_list)
    li.add_argument("--event", required=True, metavar="ID")


# A judge's fields, options of the same names on add and edit, passed on by name.
_FIELDS = ("name", "role", "province", "institution")


def _judge_add(args: argparse.Namespace) -> int:
    from judgeapp.domain.judges import NewJudge
    from judgeapp.services import judges

    judge = NewJudge(judge_id=args.judge_id, **by_name(args, *_FIELDS))
    with open_ws(args) as ws:
        print(judges.add_judge(ws, args.event, judge))
    return 0


def _judge_edit(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import judges

    with open_ws(args) as ws:
        changed = judges.edit_judge(ws, args.event, args.judge, by_name(args, *_FIELDS))
        words = {
            "name": t("nama", "name"),
            "role": t("peran", "role"),
            "province": t("provinsi", "province"),
            "institution": t("instansi", "institution"),
        }
        changed = [words.get(c, c) for c in changed]
        if args.capacity is not None or args.prefer is not None:
            changed += _profile_edit(ws, args)
    print(
        f"{args.judge}: "
        + (
            t("diubah: ", "changed: ") + ", ".join(changed)
            if changed
            else t("tidak ada perubahan", "nothing changed")
        )
    )
    return 0


def _profile_edit(ws, args: argparse.Namespace) -> list[str]:
    """Capacity and preferred categories (``services.assignment``)."""
    from judgeapp.i18n import t
    from judgeapp.services import assignment

    before = {p.id: p for p in assignment.judge_profiles(ws, args.event)}.get(args.judge)
    change: dict = {}
    if args.capacity is not None:
        change["capacity"] = assignment.parse_capacity(args.capacity)
    if args.prefer is not None:
        change["expertise"] = assignment.parse_categories(args.prefer)
    after = assignment.set_judge_profile(ws, args.event, args.judge, **change)
    out = []
    if "capacity" in change and (before is None or before.capacity != after.capacity):
        out.append(t("kapasitas", "capacity"))
    if "expertise" in change and (before is None or before.expertise != after.expertise):
        out.append(t("kategori pilihan", "preferred categories"))
    return out


def _judge_remove(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import judges

    with open_ws(args) as ws:
        res = judges.remove_judge(ws, args.event, args.judge, args.reason)
    if res.retired:
        print(
            t(
                f"{res.name} ({res.judge_id}) dinonaktifkan: {res.sheets} lembar dan"
                f" {res.files} berkas nilai disimpan, {res.dropped_assignments} penugasan"
                " terbuka dilepas",
                f"{res.name} ({res.judge_id}) retired: {res.sheets} sheets and {res.files}"
                f" score files kept, {res.dropped_assignments} open assignments dropped",
            )
        )
    else:
        print(t(f"{res.name} ({res.judge_id}) dihapus", f"{res.name} ({res.judge_id}) removed"))
    return 0


def _judge_import(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import judges

    with open_ws(args) as ws:
        res = judges.import_judges(ws, args.event, args.file)
    print(
        t(
            f"{res.file}: {len(res.judge_ids)} juri ditambahkan",
            f"{res.file}: {len(res.judge_ids)} judges added",
        )
        + ": "
        + ", ".join(res.judge_ids)
    )
    return 0


def _judge_list(args: argparse.Namespace) -> int:
    from judgeapp.i18n import t
    from judgeapp.services import judges

    with open_ws(args) as ws:
        for j in judges.judges(ws, args.event):
            retired = (
                "  " + t("(dinonaktifkan ", "(retired ") + j.retired_at[:10] + ")"
                if j.retired_at
                else ""
            )
            print(f"{j.id:20} {j.role:7} {j.fingerprint or '-':40} {j.name}{retired}")
    return 0

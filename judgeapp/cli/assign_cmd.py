"""judgeapp assign — the assignment matrix: a cell, a row, a column or all;
or ``--auto``: the whole stage assigned automatically (``services.assignment``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from judgeapp.cli import add_command, open_ws


def register(sub: argparse._SubParsersAction) -> None:
    s = add_command(
        sub,
        "assign",
        "assignment matrix: a cell, a row (--judge), a column (--submission), --all,"
        " or --auto (every submission gets K judges under the hard rules)",
        _assign,
    )
    s.add_argument("--event", required=True, metavar="ID")
    s.add_argument("--stage", default=None)
    s.add_argument("--judge", default=None)
    s.add_argument("--submission", default=None)
    s.add_argument("--all", action="store_true")
    s.add_argument("--remove", action="store_true", help="unassign instead")
    auto = s.add_argument_group("automatic assignment (--auto)")
    auto.add_argument(
        "--auto",
        action="store_true",
        help="assign the whole stage automatically; started sheets keep their judges",
    )
    auto.add_argument(
        "--per-submission", type=int, default=None, metavar="K", help="judges per submission"
    )
    auto.add_argument(
        "--max-load", type=int, default=None, metavar="N", help="most submissions per judge"
    )
    auto.add_argument(
        "--avoid-same-province",
        action="store_true",
        help="no judge on a region of their own province",
    )
    auto.add_argument(
        "--avoid-same-institution",
        action="store_true",
        help="no judge on their own institution",
    )
    auto.add_argument(
        "--no-expertise",
        action="store_true",
        help="ignore the judges' preferred categories",
    )
    auto.add_argument(
        "--no-keep",
        action="store_true",
        help="do not try to keep the stage's current assignments",
    )
    auto.add_argument(
        "--seed", type=int, default=0, metavar="S", help="tie-break seed (same seed, same answer)"
    )
    auto.add_argument("--dry-run", action="store_true", help="show the assignment, write nothing")
    s.add_argument("--format", choices=("table", "json"), default="table")


def _assign(args: argparse.Namespace) -> int:
    if args.auto:
        return _auto(args)
    from judgeapp.i18n import t
    from judgeapp.services import setup

    auto_only = [
        flag
        for flag, on in (
            ("--per-submission", args.per_submission is not None),
            ("--max-load", args.max_load is not None),
            ("--avoid-same-province", args.avoid_same_province),
            ("--avoid-same-institution", args.avoid_same_institution),
            ("--dry-run", args.dry_run),
        )
        if on
    ]
    if auto_only:
        print(
            t(
                f"judgeapp assign: {', '.join(auto_only)} hanya bersama --auto",
                f"judgeapp assign: {', '.join(auto_only)} only with --auto",
            ),
            file=sys.stderr,
        )
        return 2
    on = not args.remove
    with open_ws(args) as ws:
        if args.all:
            res = setup.fill(ws, args.event, on, stage_id=args.stage)
        elif args.judge and args.submission:
            res = setup.set_assignment(
                ws, args.event, args.judge, args.submission, on, stage_id=args.stage
            )
        elif args.judge or args.submission:
            res = setup.fill(
                ws,
                args.event,
                on,
                judge_id=args.judge or None,
                submission_id=args.submission or None,
                stage_id=args.stage,
            )
        else:
            print(
                t(
                    "judgeapp assign: --judge, --submission, --all atau --auto",
                    "judgeapp assign: --judge, --submission, --all or --auto",
                ),
                file=sys.stderr,
            )
            return 2
    print(t(f"{res.changed} sel berubah", f"{res.changed} cells changed"))
    for judge, sub in res.skipped_conflicts:
        print(t(f"dilewati (konflik): {judge} × {sub}", f"skipped (conflict): {judge} × {sub}"))
    return 0


# ---- --auto ----------------------------------------------------------------------------
def _auto(args: argparse.Namespace) -> int:
    import json

    from judgeapp.i18n import t
    from judgeapp.services import assignment

    clash = [
        flag
        for flag, on in (
            ("--judge", args.judge),
            ("--submission", args.submission),
            ("--all", args.all),
            ("--remove", args.remove),
        )
        if on
    ]
    if clash or args.per_submission is None:
        why = (
            t(
                f"--auto tidak bisa bersama {', '.join(clash)}",
                f"--auto excludes {', '.join(clash)}",
            )
            if clash
            else t("--auto perlu --per-submission K", "--auto needs --per-submission K")
        )
        print(f"judgeapp assign: {why}", file=sys.stderr)
        return 2
    rules = assignment.Rules(
        per_submission=args.per_submission,
        max_load=args.max_load,
        avoid_same_province=args.avoid_same_province,
        avoid_same_institution=args.avoid_same_institution,
        prefer_expertise=not args.no_expertise,
        keep_current=not args.no_keep,
        seed=args.seed,
    )
    with open_ws(args) as ws:
        try:
            prev, done = assignment.auto_assign(
                ws, args.event, args.stage, rules, dry_run=args.dry_run
            )
        except assignment.AssignmentInfeasible as exc:
            if args.format == "json":
                print(json.dumps(_infeasible_json(args, rules, exc), ensure_ascii=False, indent=2))
            head = t(
                "Tidak ada penugasan yang memenuhi semua aturan; tidak ada yang ditugaskan.",
                "No assignment satisfies every rule; nothing was assigned.",
            )
            print(f"judgeapp: {head}", file=sys.stderr)
            for p in exc.problems:
                if p.message:
                    print(f"  - {p.message}", file=sys.stderr)
            return 1
    if args.format == "json":
        print(json.dumps(_preview_json(prev, done), ensure_ascii=False, indent=2))
    else:
        print(_preview_table(prev, done))
    return 0


def _rules_json(rules: Any) -> dict[str, Any]:
    return {
        "per_submission": rules.per_submission,
        "max_load": rules.max_load,
        "avoid_same_province": rules.avoid_same_province,
        "avoid_same_institution": rules.avoid_same_institution,
        "prefer_expertise": rules.prefer_expertise,
        "keep_current": rules.keep_current,
        "seed": rules.seed,
    }


def _infeasible_json(args: argparse.Namespace, rules: Any, exc: Any) -> dict[str, Any]:
    return {
        "event": args.event,
        "stage": args.stage,
        "rules": _rules_json(rules),
        "feasible": False,
        "written": False,
        "problems": [
            {
                "rule": p.rule,
                "submissions": list(p.submissions),
                "judges": list(p.judges),
                "message": p.message,
                "found_by": p.found_by,
            }
            for p in exc.problems
        ],
    }


def _preview_json(prev: Any, done: Any) -> dict[str, Any]:
    p = prev.proposal
    names = {j.id: j.name for j in prev.judges}
    return {
        "event": prev.event_id,
        "stage": prev.stage_id,
        "rules": _rules_json(prev.rules),
        "feasible": True,
        "written": done is not None,
        "total": len(p.pairs),
        "added": p.added,
        "removed": p.removed,
        "level": p.level,
        "started_kept": p.started_kept,
        "current_kept": p.current_kept,
        "current_total": p.current_total,
        "preferred": p.preferred,
        "covered_by_expert": p.covered_by_expert,
        "preferred_possible": p.preferred_possible,
        "solver": p.solver,
        "notes": list(p.notes),
        "loads": [
            {
                "judge": ld.judge,
                "name": names.get(ld.judge, ld.judge),
                "load": ld.load,
                "started": ld.started,
                "kept": ld.kept,
                "preferred": ld.preferred,
                "capacity": ld.capacity,
            }
            for ld in p.loads
        ],
        "assignments": [
            {
                "submission": s.id,
                "region": s.region,
                "category": s.category,
                "judges": list(p.judges_of(s.id)),
            }
            for s in prev.submissions
        ],
    }


def _preview_table(prev: Any, done: Any) -> str:
    from judgeapp.i18n import t

    p = prev.proposal
    r = prev.rules
    names = {j.id: j.name for j in prev.judges}
    lines = [
        t(
            f"Tahap {prev.stage_name}: {len(prev.submissions)} peserta × {r.per_submission} juri"
            f" = {len(p.pairs)} penugasan, {len(prev.judges)} juri",
            f"Stage {prev.stage_name}: {len(prev.submissions)} submissions ×"
            f" {r.per_submission} judges = {len(p.pairs)} assignments, {len(prev.judges)} judges",
        )
    ]
    rules_on = [
        name
        for name, on in (
            (t("bukan provinsi sendiri", "not their own province"), r.avoid_same_province),
            (t("bukan instansi sendiri", "not their own institution"), r.avoid_same_institution),
            (
                t(f"beban maks. {r.max_load}", f"max load {r.max_load}"),
                r.max_load is not None,
            ),
        )
        if on
    ]
    lines.append(
        t("Aturan: ", "Rules: ")
        + ", ".join(
            [t("konflik kepentingan", "conflicts of interest"), *rules_on]
            + [t("beban seimbang", "balanced loads"), t(f"seed {r.seed}", f"seed {r.seed}")]
        )
    )
    width = max([len(t("Juri", "Judge"))] + [len(n) for n in names.values()])
    head = (
        f"{t('Juri', 'Judge'):<{width}}  {t('Beban', 'Load'):>5}  {t('Dimulai', 'Started'):>7}"
        f"  {t('Tetap', 'Kept'):>5}  {t('Keahlian', 'Preferred'):>9}  {t('Kapasitas', 'Capacity')}"
    )
    lines += ["", head, "-" * len(head)]
    for ld in sorted(p.loads, key=lambda x: (names.get(x.judge, x.judge), x.judge)):
        cap = "–" if ld.capacity is None else str(ld.capacity)
        lines.append(
            f"{names.get(ld.judge, ld.judge):<{width}}  {ld.load:>5}  {ld.started:>7}"
            f"  {ld.kept:>5}  {ld.preferred:>9}  {cap}"
        )
    loads = [ld.load for ld in p.loads]
    lines.append("")
    lines.append(
        t(
            f"Beban {min(loads)}–{max(loads)}; lembar yang sudah dimulai dipertahankan:"
            f" {p.started_kept}; penugasan lama tetap {p.current_kept} dari {p.current_total}"
            f" (+{p.added} / −{p.removed})",
            f"Loads {min(loads)}–{max(loads)}; started sheets kept: {p.started_kept};"
            f" earlier assignments kept {p.current_kept} of {p.current_total}"
            f" (+{p.added} / −{p.removed})",
        )
    )
    if r.prefer_expertise and p.preferred_possible:
        lines.append(
            t(
                f"Keahlian: {p.preferred} penugasan pada kategori pilihan juri;"
                f" {p.covered_by_expert} dari {p.preferred_possible} peserta punya juri ahli",
                f"Expertise: {p.preferred} assignments in a judge's preferred category;"
                f" {p.covered_by_expert} of {p.preferred_possible} submissions have an expert",
            )
        )
        if p.covered_by_expert < p.preferred_possible:
            lines.append(
                t(
                    f"Tujuan lunak tidak tercapai: {p.preferred_possible - p.covered_by_expert}"
                    " peserta tanpa juri ahli padahal ada yang layak",
                    "Soft goal not met:"
                    f" {p.preferred_possible - p.covered_by_expert} submission(s) without an"
                    " expert although one was eligible",
                )
            )
    for note in p.notes:
        lines.append(t("Catatan: ", "Note: ") + note)
    lines.append(
        t("Uji coba (--dry-run): tidak ada yang ditulis.", "Dry run: nothing was written.")
        if done is None
        else t(
            f"Ditulis: {done.total} penugasan (+{done.added} / −{done.removed}), satu catatan"
            " riwayat.",
            f"Written: {done.total} assignments (+{done.added} / −{done.removed}), one history"
            " record.",
        )
    )
    return "\n".join(lines)

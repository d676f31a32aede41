"""judgeapp rank — the event's ranking per category (table, CSV or JSON).

Every number printed comes from ``judgeapp.services.results``, the same
functions the app's screens and the reports call. Scores are printed as
decimal text with the ranking's decimals (JSON too: strings, never floats);
where two neighbouring rows would show the same rounded score but differ
exactly, the table prints both with the places that tell them apart, marked
``*`` and explained in the header (JSON: ``shown``, ``digits``, ``exact``).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from judgeapp.cli import Refused, add_workspace_arg, open_ws

RULE_CHOICES = ("median", "mean", "trimmed_mean", "ijru")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rank", help="rank an event's submissions per category")
    p.add_argument("--event", required=True, metavar="ID")
    p.add_argument("--stage", metavar="S", help="rank one stage only (default: all, weighted)")
    p.add_argument("--rule", choices=RULE_CHOICES, help="judge rule (default: each form's)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument(
        "--sensitivity",
        action="store_true",
        help="the ranking under median, mean, trimmed mean and z-scores side by side",
    )
    p.add_argument(
        "--provisional",
        action="store_true",
        help="count open (not final) sheets too; results are marked provisional",
    )
    add_workspace_arg(p)
    p.set_defaults(func=_rank)


def _rank(args: argparse.Namespace) -> int:
    from judgeapp.i18n import set_language
    from judgeapp.services import results

    if getattr(args, "lang", None):
        set_language(args.lang)
    with open_ws(args) as ws:
        try:
            if args.sensitivity:
                sens = results.sensitivity(
                    ws, args.event, stage_id=args.stage, provisional=args.provisional
                )
                _SENS[args.format](sens)
            else:
                ranking = results.rank(
                    ws,
                    args.event,
                    rule=args.rule,
                    stage_id=args.stage,
                    provisional=args.provisional,
                )
                _RANK[args.format](ranking)
        except results.ResultsRefused as exc:
            raise Refused(str(exc)) from None
    return 0


# ---- shared pieces -----------------------------------------------------------------------


def _dec(value: Any, decimals: int) -> str | None:
    from judgeapp.domain.scoring import fmt

    return None if value is None else fmt(value, decimals)


def _category_label(category: str) -> str:
    return category[:1].upper() + category[1:] if category else "-"


def _names(ranking: Any) -> dict[str, str]:
    return {r.submission: r.region for r in ranking.rows}


def _trail_text(row: Any, names: dict[str, str], ranking: Any = None) -> str:
    """The row's trail; with ``ranking``, each rule in words ("aspek Pencapaian")
    and the values with the language's decimal mark (the table, for people);
    without, the rule ids and plain values (CSV, for machines)."""
    from judgeapp.i18n import decimal_text, t

    parts = []
    for step in row.trail:
        other = names.get(step.other, step.other_name)
        if step.outcome == "tied":
            parts.append(t("seri dengan", "tied with") + f" {other}")
        else:
            word = t("di atas", "ahead of") if step.outcome == "ahead" else t("di bawah", "behind")
            if ranking is None:
                parts.append(f"{word} {other}: {step.rule} {step.value} vs {step.other_value}")
            else:
                rule = ranking.rule_name(step.rule)
                value, other_value = decimal_text(step.value), decimal_text(step.other_value)
                parts.append(f"{word} {other}: {rule} {value} vs {other_value}")
    return "; ".join(parts)


def _moderation_text(row: Any, decimals: int) -> str:
    from judgeapp.i18n import t

    parts = []
    for m in row.moderated:
        parts.append(
            t("moderasi", "moderated")
            + f" {m.stage_id}/{m.target} = {_dec(m.value, decimals)}"
            + f" ({t('semula', 'was')} {_dec(m.original, decimals) or '-'}; {m.reason})"
        )
    return "; ".join(parts)


def _header(ranking: Any) -> list[str]:
    from judgeapp.i18n import decimal_text, t
    from judgeapp.services.ladder_words import judge_rule_words

    stages = ", ".join(
        f"{ranking.stage_label(s.id)} {decimal_text(str(s.weight))}% ({judge_rule_words(s.rule)})"
        for s in ranking.stages
    )
    lines = [f"{ranking.event_name} — {t('peringkat', 'ranking')} [{stages}]"]
    if ranking.ladder:
        lines.append(t("urutan pemecah seri", "tie-break ladder") + ": " + ranking.ladder_text)
    if ranking.provisional:
        lines.append(
            t(
                "SEMENTARA — termasuk lembar yang belum final",
                "PROVISIONAL — open (not final) sheets are counted",
            )
        )
    lines.extend(ranking.notes)
    return lines


# ---- ranking ----------------------------------------------------------------------------------


def _rank_table(ranking: Any) -> None:
    from judgeapp.i18n import t

    names = _names(ranking)
    d = ranking.decimals
    stage_ids = [s.id for s in ranking.stages]
    show_stages = len(stage_ids) > 1
    for line in _header(ranking):
        print(line)
    head = [t("Peringkat", "Rank"), t("Daerah", "Region"), t("Nilai", "Score")]
    if show_stages:
        head.extend(ranking.stage_label(s) for s in stage_ids)
    head.extend([t("Juri", "Judges"), t("Keterangan", "Remarks")])
    for category in ranking.categories():
        table = [head]
        for row in ranking.rows_in(category):
            rank = "-" if row.rank is None else f"{row.rank}{'=' if row.tied else ''}"
            cells = [rank, row.region, row.score_text() if row.score is not None else "-"]
            if show_stages:
                cells.extend(_dec(row.stage_scores.get(s), d) or "-" for s in stage_ids)
            remarks = [
                x
                for x in (
                    row.reason,
                    _trail_text(row, names, ranking),
                    _moderation_text(row, d),
                    t(f"{row.flagged} beda pendapat", f"{row.flagged} disagreements")
                    if row.flagged
                    else "",
                    *("⚠ " + w for w in row.warnings),
                )
                if x
            ]
            cells.extend([str(row.judges), " | ".join(remarks)])
            table.append(cells)
        print()
        print(_category_label(category))
        _print_table(table)


def _print_table(table: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]) - 1)]
    for r in table:
        cells = [c.ljust(w) for c, w in zip(r[:-1], widths, strict=False)]
        print("  ".join([*cells, r[-1]]).rstrip())


def _row_json(row: Any, ranking: Any, names: dict[str, str]) -> dict:
    from judgeapp.domain.scoring import exact_text

    d = ranking.decimals
    return {
        "rank": row.rank,
        "tied": row.tied,
        "submission": row.submission,
        "region": row.region,
        "region_id": row.region_id,
        "province": row.province,
        "category": row.category,
        "score": _dec(row.score, d),
        "shown": row.shown if row.score is not None else None,
        "exact": exact_text(row.exact) or None,
        "digits": row.digits,
        "stage_scores": {k: _dec(v, d) for k, v in row.stage_scores.items()},
        "judges": row.judges,
        "judges_by_stage": row.judges_by_stage,
        "provisional": row.provisional,
        "trail": [
            {
                "rule": s.rule,
                "outcome": s.outcome,
                "other": s.other,
                "other_region": names.get(s.other, s.other_name),
                "value": s.value,
                "other_value": s.other_value,
            }
            for s in row.trail
        ],
        "moderated": [
            {
                "stage": m.stage_id,
                "target": m.target,
                "value": _dec(m.value, d),
                "original": _dec(m.original, d),
                "reason": m.reason,
                "agreed_by": list(m.agreed_by),
                "at": m.at,
            }
            for m in row.moderated
        ],
        "flagged": row.flagged,
        "warnings": list(row.warnings),
        "reason": row.reason,
    }


def _rank_json(ranking: Any) -> None:
    names = _names(ranking)
    out = {
        "event": ranking.event_id,
        "name": ranking.event_name,
        "competition": ranking.competition,
        "stage": ranking.stage_id,
        "rule": ranking.rule,
        "provisional": ranking.provisional,
        "decimals": ranking.decimals,
        "rounding": ranking.rounding,
        "tie_break": list(ranking.ladder),
        "stages": [
            {"id": s.id, "name": s.name, "weight": str(s.weight), "form": s.form_id, "rule": s.rule}
            for s in ranking.stages
        ],
        "notes": list(ranking.notes),
        "rows": [_row_json(r, ranking, names) for r in ranking.rows],
    }
    print(json.dumps(out, indent=2, ensure_ascii=False))


def _rank_csv(ranking: Any) -> None:
    names = _names(ranking)
    d = ranking.decimals
    stage_ids = [s.id for s in ranking.stages]
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(
        [
            "category",
            "rank",
            "tied",
            "submission",
            "region",
            "province",
            "score",
            "shown",
            "more_digits",
            *(f"stage:{s}" for s in stage_ids),
            "judges",
            "provisional",
            "trail",
            "moderated",
            "flagged",
            "reason",
        ]
    )
    for row in ranking.rows:
        w.writerow(
            [
                row.category,
                "" if row.rank is None else row.rank,
                "yes" if row.tied else "",
                row.submission,
                row.region,
                row.province,
                _dec(row.score, d) or "",
                row.shown if row.score is not None else "",
                "yes" if row.more_digits else "",
                *(_dec(row.stage_scores.get(s), d) or "" for s in stage_ids),
                row.judges,
                "yes" if row.provisional else "",
                _trail_text(row, names),
                _moderation_text(row, d),
                row.flagged,
                row.reason,
            ]
        )


_RANK = {"table": _rank_table, "json": _rank_json, "csv": _rank_csv}


# ---- sensitivity ------------------------------------------------------------------------------


def _sens_table(sens: Any) -> None:
    from judgeapp.i18n import t

    for line in _header(sens.official):
        print(line)
    print(
        t(
            "kepekaan: * = peringkat berbeda dari peringkat resmi",
            "sensitivity: * = rank differs from the official rank",
        )
    )
    head = [t("Daerah", "Region"), t("Resmi", "Official"), *sens.rules]
    for category in sens.official.categories():
        table = [head]
        for row in sens.rows:
            if row.category != category:
                continue
            cells = [row.region, "-" if row.rank is None else str(row.rank)]
            for rule in sens.rules:
                rank = row.ranks[rule]
                mark = "*" if rule in row.changed else ""
                cells.append(("-" if rank is None else str(rank)) + mark)
            table.append(cells)
        print()
        print(_category_label(category))
        _print_table([[*r, ""] for r in table])


def _sens_json(sens: Any) -> None:
    d = sens.official.decimals
    out = {
        "event": sens.official.event_id,
        "provisional": sens.official.provisional,
        "rules": list(sens.rules),
        "rows": [
            {
                "submission": r.submission,
                "region": r.region,
                "category": r.category,
                "rank": r.rank,
                "score": _dec(r.score, d),
                "ranks": r.ranks,
                "scores": {k: _dec(v, d) for k, v in r.scores.items()},
                "changed": list(r.changed),
            }
            for r in sens.rows
        ],
    }
    print(json.dumps(out, indent=2, ensure_ascii=False))


def _sens_csv(sens: Any) -> None:
    d = sens.official.decimals
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(
        [
            "category",
            "submission",
            "region",
            "rank",
            "score",
            *(f"rank:{r}" for r in sens.rules),
            *(f"score:{r}" for r in sens.rules),
            "changed",
        ]
    )
    for r in sens.rows:
        w.writerow(
            [
                r.category,
                r.submission,
                r.region,
                "" if r.rank is None else r.rank,
                _dec(r.score, d) or "",
                *("" if r.ranks[x] is None else r.ranks[x] for x in sens.rules),
                *(_dec(r.scores[x], d) or "" for x in sens.rules),
                " ".join(r.changed),
            ]
        )


_SENS = {"table": _sens_table, "json": _sens_json, "csv": _sens_csv}

"""Results of an event: ranking, sensitivity, agreement, disagreements.

The single source of every figure the secretariat sees: ``judgeapp rank``,
the app's result screens and the printed reports all call these functions and
show the numbers they return (see ``docs/ranking.md``).

Which sheets count
    Only **final** sheets, by default — a sheet still open may change. With
    ``provisional=True`` open sheets that have a total count too and every
    result is marked ``provisional``. Sheets of a judge who declared a conflict
    for the region, and sheets scored on another form than the stage's pinned
    form, never count (the latter are named in ``Ranking.notes``). Sheets of
    an older version of a submission count for its current version, unless
    the judge has a sheet on a newer version.
Judge rule
    ``rule`` argument, else the stage's ``settings["judge_rule"]``, else the
    event's ``settings["judge_rule"]``, else the stage form's ``judges.rule``.
Tie-break ladder
    The event's ``settings["tie_break"]``, else the first stage form (in stage
    order) that has a ``tie_break``, else the stages heaviest first.
    ``settings["tie_break_name_decides"]: true`` makes ``name`` decisive.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from judgeapp.domain import agreement as stats
from judgeapp.domain import calibration as calibration_model
from judgeapp.domain.panel import (
    RULES,
    PanelResult,
    combine,
    combine_panel,
    judge_total,
    plan_for,
    zscore_combine,
)
from judgeapp.domain.ranking import (
    Entry,
    TrailStep,
    combine_stages,
    default_ladder,
    ladder_problems,
    rank_entries,
)
from judgeapp.domain.rubric import Form
from judgeapp.domain.scoring import SheetResult, fmt, quantize
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services.moderation import Moderation, current_moderations
from judgeapp.store import events as store_events
from judgeapp.store import sheets as store_sheets
from judgeapp.store.db import Workspace
from judgeapp.store.forms import load_pinned

SENSITIVITY_RULES = ("median", "mean", "trimmed_mean", "zscore")


class ResultsRefused(Refused):
    """The request cannot be answered (unknown event/stage, bad ladder…)."""


# ---- what callers get ------------------------------------------------------------


@dataclass(frozen=True)
class StageInfo:
    id: str
    name: str
    weight: Decimal
    form_id: str
    form_hash: str
    rule: str  # the judge rule applied at this stage ("zscore" in that view)
    decimals: int


@dataclass(frozen=True)
class ModerationNote:
    """A moderated value applied to a row, with the value it replaced."""

    stage_id: str
    target: str
    value: Decimal
    original: Decimal | None
    reason: str
    agreed_by: tuple[str, ...]
    at: str


@dataclass(frozen=True)
class RankRow:
    rank: int | None  # None: not ranked (see ``reason``)
    submission: str
    region: str
    region_id: str
    province: str
    category: str
    score: Decimal | None  # rounded to Ranking.decimals: shown = ranked
    stage_scores: dict[str, Decimal | None]
    judges: int  # distinct judges whose sheets counted
    judges_by_stage: dict[str, int]
    trail: tuple[TrailStep, ...]
    tied: bool
    provisional: bool
    moderated: tuple[ModerationNote, ...] = ()
    flagged: int = 0  # disagreement flags (indicators + totals) over the stages
    reason: str = ""

    def score_text(self, decimals: int) -> str:
        return fmt(self.score, decimals)


@dataclass(frozen=True)
class Ranking:
    event_id: str
    event_name: str
    competition: str
    stages: tuple[StageInfo, ...]
    stage_id: str | None  # None: all stages weighted
    rule: str | None  # None: each stage's own rule
    provisional: bool
    decimals: int
    ladder: tuple[str, ...]
    name_decides: bool
    rows: tuple[RankRow, ...]
    notes: tuple[str, ...] = ()

    def categories(self) -> list[str]:
        seen: list[str] = []
        for r in self.rows:
            if r.category not in seen:
                seen.append(r.category)
        return seen

    def rows_in(self, category: str) -> list[RankRow]:
        return [r for r in self.rows if r.category == category]

    def row(self, submission: str) -> RankRow:
        for r in self.rows:
            if r.submission == submission:
                return r
        raise KeyError(submission)

    def by_submission(self) -> dict[str, RankRow]:
        return {r.submission: r for r in self.rows}


# ---- loading -------------------------------------------------------------------------


@dataclass
class _Stage:
    stage: store_events.Stage
    form: Form
    rule: str
    results: dict[str, dict[str, SheetResult]]  # submission → judge → sheet result
    moderation: dict[str, dict[str, Moderation]]
    notes: list[str] = field(default_factory=list)
    panels: dict[str, PanelResult] = field(default_factory=dict)


@dataclass
class _Loaded:
    event: store_events.Event
    submissions: list[dict]
    stages: list[_Stage]
    provisional: bool


def _event(ws: Workspace, event_id: str) -> store_events.Event:
    try:
        return store_events.get_event(ws, event_id)
    except KeyError:
        raise ResultsRefused(
            t("acara tidak ditemukan", "no such event") + f": {event_id}"
        ) from None


def _current_map(ws: Workspace, event_id: str) -> tuple[dict[str, str], dict[str, int]]:
    """(submission id → its current version's id, id → version number)."""
    rows = ws.query(
        "SELECT id, version, superseded_by FROM submissions WHERE event_id=?", (event_id,)
    )
    nxt = {r["id"]: r["superseded_by"] for r in rows}
    version = {r["id"]: int(r["version"]) for r in rows}
    out: dict[str, str] = {}
    for sid in nxt:
        cur, seen = sid, set()
        while nxt.get(cur) and cur not in seen:
            seen.add(cur)
            cur = nxt[cur]
        out[sid] = cur
    return out, version


def _rule_for(
    event: store_events.Event, stage: store_events.Stage, form: Form, rule: str | None
) -> str:
    chosen = str(
        rule
        or stage.settings.get("judge_rule")
        or event.settings.get("judge_rule")
        or form.judges.rule
    )
    if chosen not in RULES:
        raise ResultsRefused(
            t("aturan gabungan tidak dikenal", "unknown judge rule")
            + f" ({stage.id}): {chosen} ({', '.join(RULES)})"
        )
    return chosen


def _load(
    ws: Workspace, event_id: str, stage_id: str | None, provisional: bool, rule: str | None
) -> _Loaded:
    event = _event(ws, event_id)
    if stage_id is not None and all(s.id != stage_id for s in event.stages):
        raise ResultsRefused(
            t("tahap tidak ditemukan", "no such stage")
            + f": {stage_id} ({', '.join(s.id for s in event.stages)})"
        )
    stages = [s for s in event.stages if stage_id is None or s.id == stage_id]
    subs = store_events.current_submissions(ws, event_id)
    region_of = {s["id"]: s["region_id"] for s in subs}
    current, version = _current_map(ws, event_id)
    conflicted = {(c["judge_id"], c["region_id"]) for c in store_events.conflicts(ws, event_id)}
    loaded: list[_Stage] = []
    for st in stages:
        form = load_pinned(ws, st.form_hash)
        data = _Stage(
            st,
            form,
            _rule_for(event, st, form, rule),
            {},
            current_moderations(ws, event_id, st.id),
        )
        chosen: dict[tuple[str, str], tuple[int, dict]] = {}
        other_form = 0
        for sheet in store_sheets.stage_scores(ws, event_id, st.id):
            if sheet["status"] != "final" and not provisional:
                continue
            sub = current.get(sheet["submission_id"])
            if sub is None or sub not in region_of:
                continue
            if (sheet["judge_id"], region_of[sub]) in conflicted:
                continue
            if sheet["form_hash"] != st.form_hash:
                other_form += 1
                continue
            key = (sub, sheet["judge_id"])
            ver = version.get(sheet["submission_id"], 0)
            if key not in chosen or ver > chosen[key][0]:
                chosen[key] = (ver, sheet)
        plan = plan_for(form)
        for (sub, judge), (_v, sheet) in chosen.items():
            result = plan.score(sheet["scores"])
            if result.total is not None:
                data.results.setdefault(sub, {})[judge] = result
        if other_form:
            data.notes.append(
                t(
                    f"tahap {st.id}: {other_form} lembar memakai formulir lain, tidak dihitung",
                    f"stage {st.id}: {other_form} sheets on another form were not counted",
                )
            )
        loaded.append(data)
    return _Loaded(event, subs, loaded, provisional)


# ---- panels and ranking -------------------------------------------------------------------


def _mod_values(data: _Stage, sub: str) -> dict[str, Decimal]:
    return {k: m.value for k, m in data.moderation.get(sub, {}).items() if m.value is not None}


def _panels(data: _Stage, rule: str) -> dict[str, PanelResult]:
    """Every submission's panel at this stage. For ``zscore`` the panels are
    the median panels with the total replaced by the z-score value."""
    base_rule = "median" if rule == "zscore" else rule
    panels = {
        sub: combine_panel(data.form, judges, base_rule, moderation=_mod_values(data, sub))
        for sub, judges in data.results.items()
    }
    if rule != "zscore":
        return panels
    totals: dict[str, dict[str, Decimal]] = {}
    for sub, judges in data.results.items():
        mods = _mod_values(data, sub)
        for judge, res in judges.items():
            if any(k != "total" for k in mods):
                value = judge_total(data.form, {**res.indicators, **mods})
            else:
                value = res.total
            if value is not None:
                totals.setdefault(judge, {})[sub] = value
    low, high = data.form.total_scale()
    z = zscore_combine(totals, low, high, decimals=data.form.total_decimals)
    out: dict[str, PanelResult] = {}
    for sub, panel in panels.items():
        mods = _mod_values(data, sub)
        total = quantize(mods["total"], data.form.total_decimals) if "total" in mods else z[sub]
        out[sub] = _replace_total(panel, "zscore", total, z[sub])
    return out


def _replace_total(panel: PanelResult, rule: str, total: Decimal, original: Decimal):
    return replace(panel, rule=rule, total=total, original_total=original)


def _ladder(loaded: _Loaded, weights: dict[str, Decimal]) -> tuple[str, ...]:
    all_stages = [s.id for s in loaded.event.stages]
    configured = loaded.event.settings.get("tie_break")
    if configured is not None:
        ladder = tuple(str(r) for r in configured)
        aspects = {a.id for d in loaded.stages for a in d.form.aspects}
        inds = {i.id for d in loaded.stages for _a, i in d.form.indicators()}
        problems = ladder_problems(ladder, all_stages, aspects, inds)
        if problems:
            raise ResultsRefused(
                t("urutan pemecah seri acara", "event tie-break ladder")
                + ": "
                + "; ".join(problems)
            )
    else:
        form_ladder = next((d.form.tie_break for d in loaded.stages if d.form.tie_break), None)
        if form_ladder is None:
            return default_ladder(weights)
        # a form written for a multi-stage event may name stages this event lacks
        ladder = tuple(
            r
            for r in form_ladder
            if not (r.startswith("stage:") and r.partition(":")[2] not in all_stages)
        )
    # ranking one stage: rules about the other stages do not apply
    return tuple(
        r for r in ladder if not (r.startswith("stage:") and r.partition(":")[2] not in weights)
    )


def _build(loaded: _Loaded, rule: str | None, stage_id: str | None) -> Ranking:
    weights = {d.stage.id: d.stage.weight for d in loaded.stages}
    if stage_id is not None:
        weights = {stage_id: Decimal(1)}
    decimals = max(d.form.total_decimals for d in loaded.stages)
    ladder = _ladder(loaded, weights)
    per_stage: list[tuple[_Stage, dict[str, PanelResult]]] = []
    for data in loaded.stages:
        data_rule = "zscore" if rule == "zscore" else data.rule
        per_stage.append((data, _panels(data, data_rule)))
    entries: list[Entry] = []
    extras: dict[str, tuple[dict[str, int], tuple[ModerationNote, ...], int]] = {}
    for sub in loaded.submissions:
        sid = sub["id"]
        stage_scores: dict[str, Decimal | None] = {}
        aspects: dict[str, Decimal | None] = {}
        indicators: dict[str, Decimal | None] = {}
        judges_by_stage: dict[str, int] = {}
        judges: set[str] = set()
        notes: list[ModerationNote] = []
        flagged = 0
        spread_sum = Decimal(0)
        spread_w = Decimal(0)
        spread_missing = False
        for data, panels in per_stage:
            panel = panels.get(sid)
            st = data.stage.id
            if panel is None:
                stage_scores[st] = None
                judges_by_stage[st] = 0
                spread_missing = True
                continue
            stage_scores[st] = panel.total
            judges_by_stage[st] = len(panel.judges)
            judges.update(panel.judges)
            aspects.update({k: v for k, v in panel.aspects.items() if v is not None})
            indicators.update({k: v for k, v in panel.indicators.items() if v is not None})
            flagged += len(panel.flagged)
            if panel.total_spread.range is None:
                spread_missing = True
            else:
                w = weights.get(st, Decimal(0))
                spread_sum += panel.total_spread.range * w
                spread_w += w
            notes.extend(_notes(data, sid, panel))
        spread = None if spread_missing or not spread_w else spread_sum / spread_w
        score, missing = combine_stages(stage_scores, weights, decimals)
        entries.append(
            Entry(
                sid,
                sub["region"],
                sub["category"],
                score,
                stage_scores,
                aspects,
                indicators,
                spread,
                len(judges),
                missing,
            )
        )
        extras[sid] = (judges_by_stage, tuple(notes), flagged)
    name_decides = bool(loaded.event.settings.get("tie_break_name_decides", False))
    ranked = rank_entries(entries, ladder, decimals=decimals, name_decides=name_decides)
    by_id = {s["id"]: s for s in loaded.submissions}
    rows: list[RankRow] = []
    for r in ranked:
        sub = by_id[r.entry.submission]
        jbs, notes_, flagged = extras[r.entry.submission]
        reason = ""
        if r.rank is None:
            reason = (
                t("belum ada nilai tahap", "no score yet for stage")
                + ": "
                + ", ".join(r.entry.missing)
                if r.entry.missing
                else t("belum ada nilai", "no score yet")
            )
        rows.append(
            RankRow(
                rank=r.rank,
                submission=r.entry.submission,
                region=sub["region"],
                region_id=sub["region_id"],
                province=sub["province"],
                category=sub["category"],
                score=r.entry.score,
                stage_scores=dict(r.entry.stage_scores),
                judges=r.entry.judges,
                judges_by_stage=jbs,
                trail=r.trail,
                tied=r.tied,
                provisional=loaded.provisional,
                moderated=notes_,
                flagged=flagged,
                reason=reason,
            )
        )
    infos = tuple(
        StageInfo(
            d.stage.id,
            d.stage.name,
            d.stage.weight,
            d.form.id,
            d.stage.form_hash,
            "zscore" if rule == "zscore" else d.rule,
            d.form.total_decimals,
        )
        for d in loaded.stages
    )
    return Ranking(
        loaded.event.id,
        loaded.event.name,
        loaded.event.competition,
        infos,
        stage_id,
        rule,
        loaded.provisional,
        decimals,
        ladder,
        name_decides,
        tuple(rows),
        tuple(n for d in loaded.stages for n in d.notes),
    )


def _notes(data: _Stage, sub: str, panel: PanelResult) -> list[ModerationNote]:
    out: list[ModerationNote] = []
    for target in panel.moderated:
        m = data.moderation[sub][target]
        assert m.value is not None
        if target == "total":
            original = panel.original_total
        else:
            judged = list(panel.indicator_spreads[target].values.values())
            original = combine(judged, panel.rule if panel.rule != "zscore" else "median")
        out.append(
            ModerationNote(data.stage.id, target, m.value, original, m.reason, m.agreed_by, m.at)
        )
    return out


# ---- public use cases ----------------------------------------------------------------------


def rank(
    ws: Workspace,
    event_id: str,
    *,
    rule: str | None = None,
    stage_id: str | None = None,
    provisional: bool = False,
) -> Ranking:
    """The event's ranking per category (all stages weighted, or one stage).

    ``rule`` overrides every stage's judge rule (median, mean, trimmed_mean,
    ijru, or zscore for the sensitivity view). Raises ``ResultsRefused``.
    """
    _check_rule(rule)
    loaded = _load(ws, event_id, stage_id, provisional, rule if rule != "zscore" else None)
    return _build(loaded, rule, stage_id)


def _check_rule(rule: str | None) -> None:
    known = ("median", "mean", "trimmed_mean", "ijru", "zscore")
    if rule is not None and rule not in known:
        raise ResultsRefused(
            t("aturan gabungan tidak dikenal", "unknown judge rule")
            + f": {rule} ({', '.join(known)})"
        )


@dataclass(frozen=True)
class SensitivityRow:
    submission: str
    region: str
    category: str
    rank: int | None  # the official ranking's rank
    score: Decimal | None
    ranks: dict[str, int | None]  # rule → rank under that rule
    scores: dict[str, Decimal | None]
    changed: tuple[str, ...]  # rules under which the rank differs from the official one


@dataclass(frozen=True)
class Sensitivity:
    official: Ranking
    rules: tuple[str, ...]
    rankings: dict[str, Ranking]
    rows: tuple[SensitivityRow, ...]

    @property
    def changed_count(self) -> int:
        return sum(1 for r in self.rows if r.changed)


def sensitivity(
    ws: Workspace, event_id: str, *, stage_id: str | None = None, provisional: bool = False
) -> Sensitivity:
    """The same ranking under median, mean, trimmed mean and per-judge z-scores,
    beside the official one (each stage's own rule); rows whose rank changes
    under a rule name that rule in ``changed``."""
    loaded = _load(ws, event_id, stage_id, provisional, None)
    return _sensitivity(loaded, stage_id, _build(loaded, None, stage_id))


def _sensitivity(loaded: _Loaded, stage_id: str | None, official: Ranking) -> Sensitivity:
    own_rules = [data.rule for data in loaded.stages]
    rankings: dict[str, Ranking] = {}
    try:
        for r in SENSITIVITY_RULES:
            if r != "zscore":
                for data in loaded.stages:
                    data.rule = r
            rankings[r] = _build(loaded, r, stage_id)
    finally:
        for data, own in zip(loaded.stages, own_rules, strict=True):
            data.rule = own
    by_rule = {r: {row.submission: row for row in rankings[r].rows} for r in SENSITIVITY_RULES}
    rows = []
    for row in official.rows:
        ranks = {r: by_rule[r][row.submission].rank for r in SENSITIVITY_RULES}
        scores = {r: by_rule[r][row.submission].score for r in SENSITIVITY_RULES}
        changed = tuple(r for r in SENSITIVITY_RULES if ranks[r] != row.rank)
        rows.append(
            SensitivityRow(
                row.submission,
                row.region,
                row.category,
                row.rank,
                row.score,
                ranks,
                scores,
                changed,
            )
        )
    return Sensitivity(official, SENSITIVITY_RULES, rankings, tuple(rows))


@dataclass(frozen=True)
class PanelAgreement:
    stage_id: str
    panel: str  # "all", or the judge ids of one panel joined by ", "
    judges: tuple[str, ...]
    submissions: int
    statistics: tuple[stats.Statistic, ...]


def agreement(
    ws: Workspace, event_id: str, *, stage_id: str | None = None, provisional: bool = False
) -> list[PanelAgreement]:
    """Agreement of the judges' totals per stage: over all judges ("all",
    missing scores allowed for α), and per panel — each group of submissions
    scored by the same set of judges, when there are several such groups."""
    return _agreement(_load(ws, event_id, stage_id, provisional, None))


def _agreement(loaded: _Loaded) -> list[PanelAgreement]:
    out: list[PanelAgreement] = []
    for data in loaded.stages:
        ratings: dict[str, dict[str, Decimal]] = {}
        groups: dict[tuple[str, ...], list[str]] = {}
        for sub, judges in data.results.items():
            for judge, res in judges.items():
                assert res.total is not None
                ratings.setdefault(judge, {})[sub] = res.total
            groups.setdefault(tuple(sorted(judges)), []).append(sub)
        subs = {s for r in ratings.values() for s in r}
        out.append(
            PanelAgreement(
                data.stage.id,
                "all",
                tuple(sorted(ratings)),
                len(subs),
                stats.all_statistics(ratings),
            )
        )
        if len(groups) > 1:
            for judges_set, members in sorted(groups.items()):
                if len(judges_set) < 2 or len(members) < 2:
                    continue
                sub_ratings = {j: {s: ratings[j][s] for s in members} for j in judges_set}
                out.append(
                    PanelAgreement(
                        data.stage.id,
                        ", ".join(judges_set),
                        judges_set,
                        len(members),
                        stats.all_statistics(sub_ratings),
                    )
                )
    return out


@dataclass(frozen=True)
class StageCalibration:
    """Each judge's leniency/severity and order agreement against the panel at
    one stage (``domain/calibration.py``), on the judges' own totals."""

    stage_id: str
    thresholds: calibration_model.Thresholds
    decimals: int
    judges: tuple[calibration_model.JudgeCalibration, ...]


def calibration(
    ws: Workspace, event_id: str, *, stage_id: str | None = None, provisional: bool = False
) -> list[StageCalibration]:
    """Judge calibration per stage, on the same sheets as the ranking (the
    judges' unmoderated totals, as for the agreement statistics)."""
    loaded = _load(ws, event_id, stage_id, provisional, None)
    out = []
    for data in loaded.stages:
        ratings: dict[str, dict[str, Decimal]] = {}
        for sub, judges in data.results.items():
            for judge, res in judges.items():
                assert res.total is not None
                ratings.setdefault(judge, {})[sub] = res.total
        limits = calibration_model.thresholds_for(data.form)
        out.append(
            StageCalibration(
                data.stage.id,
                limits,
                data.form.total_decimals,
                tuple(calibration_model.calibrate(ratings, limits)),
            )
        )
    return out


@dataclass(frozen=True)
class Overview:
    ranking: Ranking
    sensitivity: Sensitivity
    agreement: list[PanelAgreement]


def overview(
    ws: Workspace, event_id: str, *, stage_id: str | None = None, provisional: bool = False
) -> Overview:
    """``rank`` (each stage's own rule), ``sensitivity`` and ``agreement`` from
    one read of the scores — the same numbers as the three calls, read once."""
    loaded = _load(ws, event_id, stage_id, provisional, None)
    ranking = _build(loaded, None, stage_id)
    return Overview(ranking, _sensitivity(loaded, stage_id, ranking), _agreement(loaded))


@dataclass(frozen=True)
class Disagreement:
    stage_id: str
    submission: str
    region: str
    category: str
    target: str  # indicator id or "total"
    title: str
    values: dict[str, Decimal]  # judge id → value
    low: Decimal | None
    high: Decimal | None
    range: Decimal | None
    sd: Decimal | None
    threshold: Decimal
    flagged: bool
    combined: Decimal | None  # the combined value shown (moderated when moderated)
    moderation: Moderation | None


def panels(
    ws: Workspace, event_id: str, stage_id: str, *, provisional: bool = False
) -> dict[str, PanelResult]:
    """Submission id → the combined panel of one stage (indicators, aspects,
    total, spreads), exactly what the ranking used: same sheets, judge rule
    and moderations."""
    loaded = _load(ws, event_id, stage_id, provisional, None)
    data = loaded.stages[0]
    return _panels(data, data.rule)


def disagreements(
    ws: Workspace,
    event_id: str,
    stage_id: str | None = None,
    *,
    provisional: bool = False,
    flagged_only: bool = True,
) -> list[Disagreement]:
    """Judges' spread per indicator and per total against the form's threshold
    (max − min above ``judges.disagreement_threshold``, or 20 % of the scale
    when the form sets none). Flagged items only, unless ``flagged_only=False``."""
    loaded = _load(ws, event_id, stage_id, provisional, None)
    by_id = {s["id"]: s for s in loaded.submissions}
    out: list[Disagreement] = []
    for data in loaded.stages:
        titles = {i.id: i.title for _a, i in data.form.indicators()}
        titles["total"] = t("Nilai total", "Total")
        panels = _panels(data, data.rule)
        for sid in sorted(panels, key=lambda s: (by_id[s]["region"], s)):
            panel = panels[sid]
            sub = by_id[sid]
            mods = data.moderation.get(sid, {})
            spreads = [*panel.indicator_spreads.values(), panel.total_spread]
            for sp in spreads:
                if flagged_only and not sp.flagged:
                    continue
                combined = panel.total if sp.target == "total" else panel.indicators[sp.target]
                out.append(
                    Disagreement(
                        data.stage.id,
                        sid,
                        sub["region"],
                        sub["category"],
                        sp.target,
                        titles.get(sp.target, sp.target),
                        dict(sp.values),
                        sp.low,
                        sp.high,
                        sp.range,
                        sp.sd,
                        sp.threshold,
                        sp.flagged,
                        combined,
                        mods.get(sp.target),
                    )
                )
    return out

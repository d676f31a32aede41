"""Results of an event: ranking, sensitivity, agreement, disagreements.

The single source of every figure the secretariat sees: ``judgeapp rank``,
the app's result screens and the printed reports all call these functions and
show the numbers they return (see ``docs/ranking.md``).

Exact numbers
    Judges' totals, stage scores and the weighted score are carried exactly
    (``fractions.Fraction``) and ranked on those exact values; each is
    rounded only to be shown (``RankRow.score``, ``stage_scores``). Where two
    neighbouring rows show the same rounded score but differ exactly, their
    ``digits`` say how many places show the difference and ``Ranking.notes``
    says so.
Which sheets count
    Only **final** sheets, by default — a sheet still open may change. With
    ``provisional=True`` open sheets that have a total count too and every
    result is marked ``provisional``. Sheets of a judge who declared a conflict
    for the region, and sheets scored on another form than the stage's pinned
    form, never count (the latter are named in ``Ranking.notes``). Sheets of
    an older version of a submission count for its current version, unless
    the judge has a sheet on a newer version. A sheet imported with warnings
    (an official worksheet's blank or 0 cells) counts, and its row carries
    the warnings.
Judge rule
    ``rule`` argument, else the stage's ``settings["judge_rule"]``, else the
    event's ``settings["judge_rule"]``, else the stage form's ``judges.rule``.
Tie-break ladder
    The event's ``settings["tie_break"]``, else the first stage form (in stage
    order) that has a ``tie_break``, else the stages heaviest first.
    ``settings["tie_break_name_decides"]: true`` makes ``name`` decisive.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction

from judgeapp.domain import agreement as stats
from judgeapp.domain import calibration as calibration_model
from judgeapp.domain.panel import (
    RULES,
    FormPlan,
    PanelResult,
    combine,
    combine_panel,
    plan_for,
    zscore_combine,
)
from judgeapp.domain.ranking import (
    Entry,
    RankedRow,
    TrailStep,
    combine_stages,
    default_ladder,
    ladder_problems,
    rank_entries,
)
from judgeapp.domain.rubric import Form
from judgeapp.domain.scoring import (
    Number,
    SheetResult,
    exact,
    fmt,
    round_exact,
    score_packed,
    to_decimal,
    total_of,
)
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services import ladder_words
from judgeapp.services.moderation import Moderation, current_moderations
from judgeapp.services.warnings import warning_text
from judgeapp.store import events as store_events
from judgeapp.store import results as store_results
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace
from judgeapp.store.forms import load_pinned

SENSITIVITY_RULES = ("median", "mean", "trimmed_mean", "zscore")
VIEW_RULES = (*RULES, "zscore")


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
    rounding: str = "half_up"


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
    score: Decimal | None  # rounded to Ranking.decimals, as shown
    stage_scores: dict[str, Decimal | None]  # each rounded as its stage's form says
    judges: int  # distinct judges whose sheets counted
    judges_by_stage: dict[str, int]
    trail: tuple[TrailStep, ...]
    tied: bool
    provisional: bool
    moderated: tuple[ModerationNote, ...] = ()
    flagged: int = 0  # disagreement flags (indicators + totals) over the stages
    reason: str = ""
    exact: Fraction | None = None  # what the row is ranked on
    stage_exact: dict[str, Fraction | None] = field(default_factory=dict)
    decimals: int = 4
    digits: int = 4  # places that show this row apart from its neighbours (≥ decimals)
    rounding: str = "half_up"
    warnings: tuple[str, ...] = ()  # sheets counted with import warnings, one line each

    @property
    def more_digits(self) -> bool:
        """The score is shown with more places than the ranking's decimals."""
        return self.exact is not None and self.digits > self.decimals

    @property
    def shown(self) -> str:
        """The score as shown: ``digits`` places ('' when not ranked)."""
        if self.exact is None:
            return fmt(self.score, self.decimals)
        return fmt(self.exact, self.digits, self.rounding)

    def score_text(self, decimals: int | None = None) -> str:
        """The score as shown, marked ``*`` when it needs more places than the
        ranking's decimals (``decimals``: a fixed number of places instead)."""
        if decimals is not None and decimals != self.decimals:
            return fmt(
                self.exact if self.exact is not None else self.score, decimals, self.rounding
            )
        return self.shown + ("*" if self.more_digits else "")


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
    rounding: str = "half_up"
    # each ladder rule (and ``stage:<id>`` of every stage) → the name of what it
    # compares ("Tahap II", "Pencapaian"), the same in every language
    # (services.ladder_words); machine output keeps ``ladder``'s ids
    rule_labels: dict[str, str] = field(default_factory=dict)

    def rule_name(self, rule: str) -> str:
        """A ladder rule in words, in the current language ("Tahap II",
        "aspek Pencapaian", "sebaran nilai")."""
        return ladder_words.rule_words(rule, self.rule_labels.get(rule, ""))

    @property
    def ladder_text(self) -> str:
        """The ladder in words: "Tahap II → aspek Pencapaian → sebaran nilai"."""
        return ladder_words.ladder_text(self.ladder, self.rule_labels)

    def stage_label(self, stage_id: str) -> str:
        """A stage's short name ("Tahap II")."""
        return self.rule_labels.get(f"stage:{stage_id}") or stage_id

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

    @property
    def more_digits(self) -> int:
        """How many rows are shown with more places than ``decimals``."""
        return sum(1 for r in self.rows if r.more_digits)


def digits_note(decimals: int) -> str:
    """The sentence that explains a score marked ``*``."""
    return t(
        f"* ditampilkan dengan lebih dari {decimals} desimal: dengan {decimals} desimal"
        " nilainya sama dengan baris di sebelahnya, padahal nilai eksaknya berbeda —"
        " peringkat mengikuti nilai eksak",
        f"* shown with more than {decimals} decimals: at {decimals} decimals it equals"
        " the neighbouring row's, but the exact values differ — the ranking follows the"
        " exact values",
    )


# ---- loading -------------------------------------------------------------------------


@dataclass
class _Stage:
    stage: store_events.Stage
    form: Form
    plan: FormPlan
    rule: str  # the stage's own rule (or the override given to ``rank``)
    results: dict[str, dict[str, SheetResult]]  # submission → judge → sheet result
    moderation: dict[str, dict[str, Moderation]]
    notes: list[str] = field(default_factory=list)
    warnings: dict[str, list[tuple[str, tuple[dict, ...]]]] = field(default_factory=dict)
    # per submission: (flagged spreads, range of the judges' totals) — the same
    # under every judge rule, so the sensitivity view computes them once
    spreads: dict[str, tuple[int, Fraction | None]] = field(default_factory=dict)


@dataclass
class _Loaded:
    event: store_events.Event
    submissions: list[store_submissions.CurrentSubmission]
    stages: list[_Stage]
    provisional: bool
    judge_names: dict[str, str]


def _event(ws: Workspace, event_id: str) -> store_events.Event:
    try:
        return store_events.get_event(ws, event_id)
    except KeyError:
        raise ResultsRefused(
            t("acara tidak ditemukan", "no such event") + f": {event_id}"
        ) from None


def _current_map(ws: Workspace, event_id: str) -> tuple[dict[str, str], dict[str, int]]:
    """(submission id → its current version's id, id → version number)."""
    rows = store_results.submission_versions(ws, event_id)
    out: dict[str, str] = {}
    for sid in rows:
        cur, seen = sid, set()
        while rows.get(cur, (None, 0))[0] and cur not in seen:
            seen.add(cur)
            cur = rows[cur][0]  # type: ignore[assignment]
        out[sid] = cur
    return out, {sid: version for sid, (_n, version) in rows.items()}


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


@dataclass(frozen=True)
class _Context:
    """What deciding which sheets count needs, read once per event."""

    provisional: bool
    region_of: dict[str, str]  # current submission → region
    current: dict[str, str]  # any submission version → current one
    version: dict[str, int]
    conflicted: set[tuple[str, str]]  # (judge, region)


def _load(
    ws: Workspace, event_id: str, stage_id: str | None, provisional: bool, rule: str | None
) -> _Loaded:
    event = _event(ws, event_id)
    if stage_id is not None and all(s.id != stage_id for s in event.stages):
        raise ResultsRefused(
            t("tahap tidak ditemukan", "no such stage")
            + f": {stage_id} ({', '.join(s.id for s in event.stages)})"
        )
    subs = store_submissions.current_submissions(ws, event_id)
    current, version = _current_map(ws, event_id)
    ctx = _Context(
        provisional,
        {s.id: s.region_id for s in subs},
        current,
        version,
        {(c.judge_id, c.region_id) for c in store_events.conflicts(ws, event_id)},
    )
    stages = [
        _load_stage(ws, event, st, ctx, rule)
        for st in event.stages
        if stage_id is None or st.id == stage_id
    ]
    names: dict[str, str] = {j.id: j.name for j in store_events.list_judges(ws, event_id)}
    return _Loaded(event, subs, stages, provisional, names)


def _load_stage(
    ws: Workspace,
    event: store_events.Event,
    st: store_events.Stage,
    ctx: _Context,
    rule: str | None,
) -> _Stage:
    form = load_pinned(ws, st.form_hash)
    plan = plan_for(form)
    data = _Stage(
        st,
        form,
        plan,
        _rule_for(event, st, form, rule),
        {},
        current_moderations(ws, event.id, st.id),
    )
    chosen: dict[tuple[str, str], tuple[int, int, store_results.StageSheet]] = {}
    other_form = 0
    pack = store_results.stage_sheets_packed(ws, event.id, st.id)
    for n, sheet in enumerate(pack.sheets):
        if sheet.status != "final" and not ctx.provisional:
            continue
        sub = ctx.current.get(sheet.submission_id)
        if sub is None or sub not in ctx.region_of:
            continue
        if (sheet.judge_id, ctx.region_of[sub]) in ctx.conflicted:
            continue
        if sheet.form_hash != st.form_hash:
            other_form += 1
            continue
        key = (sub, sheet.judge_id)
        ver = ctx.version.get(sheet.submission_id, 0)
        if key not in chosen or ver > chosen[key][0]:
            chosen[key] = (ver, n, sheet)
    counted = [n for _v, n, _s in chosen.values()]
    packed = score_packed(
        plan.sheet,
        [pack.layouts[n] for n in counted],
        [pack.starts[n] for n in counted],
        pack.values,
        pack.places,
    )
    score = plan.sheet.score
    for ((sub, judge), (_v, _n, sheet)), result in zip(chosen.items(), packed, strict=True):
        if result is None:
            result = score(sheet.scores if sheet.scores else _json_scores(ws, sheet.id))
        if result.total_numerator is None:
            continue
        data.results.setdefault(sub, {})[judge] = result
        if sheet.warnings:
            data.warnings.setdefault(sub, []).append((judge, sheet.warnings))
    if other_form:
        data.notes.append(
            t(
                f"tahap {st.id}: {other_form} lembar memakai formulir lain, tidak dihitung",
                f"stage {st.id}: {other_form} sheets on another form were not counted",
            )
        )
    return data


def _json_scores(ws: Workspace, sheet_id: str) -> Mapping[str, str]:
    """A packed sheet's scores as text, for the one-by-one scorer."""
    return store_results.sheet_scores(ws, sheet_id)


# ---- panels ---------------------------------------------------------------------------------


def _mod_values(data: _Stage, sub: str) -> dict[str, Decimal]:
    return {k: m.value for k, m in data.moderation.get(sub, {}).items() if m.value is not None}


def _panels(data: _Stage, rule: str) -> dict[str, PanelResult]:
    """Every submission's panel at this stage under ``rule``. For ``zscore``
    the panels are the median panels with the total replaced by the z-score
    value (a moderated total still wins)."""
    base_rule = "median" if rule == "zscore" else rule
    panels = {
        sub: combine_panel(data.form, judges, base_rule, moderation=_mod_values(data, sub))
        for sub, judges in data.results.items()
    }
    if rule != "zscore":
        return panels
    totals: dict[str, dict[str, Number]] = {}
    for sub, judges in data.results.items():
        mods = {k: v for k, v in _mod_values(data, sub).items() if k != "total"}
        for judge, res in judges.items():
            value: Number | None = res.exact_total
            if mods:
                value = total_of(data.plan.sheet, {**res.exact_indicators, **mods})
            if value is not None:
                totals.setdefault(judge, {})[sub] = value
    low, high = data.form.total_scale()
    z = zscore_combine(totals, low, high)
    out: dict[str, PanelResult] = {}
    for sub, panel in panels.items():
        mods = _mod_values(data, sub)
        z_exact = exact(z[sub])
        total = exact(mods["total"]) if "total" in mods else z_exact
        out[sub] = panel.with_total("zscore", total, z_exact)
    return out


# ---- the ranking --------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class _Extras:
    """What a ranked row carries beyond what ranking compares."""

    judges_by_stage: dict[str, int]
    stage_shown: dict[str, Decimal | None]
    stage_exact: dict[str, Fraction | None]
    notes: tuple[ModerationNote, ...]
    flagged: int
    warnings: tuple[str, ...]


class _Later(Mapping[str, Fraction]):
    """The combined aspect or indicator values of a row's panels (the later
    stage's value wins), computed only when a tie-break asks for one: most
    rows never tie, and these values cost more than the rest of the row."""

    def __init__(self, panels: Sequence[PanelResult], attribute: str):
        self._panels = panels
        self._attribute = attribute
        self._values: dict[str, Fraction] | None = None

    def _get(self) -> dict[str, Fraction]:
        if self._values is None:
            values: dict[str, Fraction] = {}
            for panel in self._panels:
                got: Mapping[str, Fraction | None] = getattr(panel, self._attribute)
                values.update({k: v for k, v in got.items() if v is not None})
            self._values = values
        return self._values

    def __getitem__(self, key: str) -> Fraction:
        return self._get()[key]

    def __iter__(self):
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def _submission(
    sub: store_submissions.CurrentSubmission,
    per_stage: Sequence[tuple[_Stage, dict[str, PanelResult]]],
    weights: Mapping[str, Decimal],
    ladder: Sequence[str],
    judge_names: Mapping[str, str],
) -> tuple[Entry, _Extras]:
    """One submission over the stages: what the ranking compares, and the rest."""
    sid = sub.id
    wants_aspects = any(r.startswith("aspect:") for r in ladder)
    wants_indicators = any(r.startswith("indicator:") for r in ladder)
    stage_exact: dict[str, Fraction | None] = {}
    stage_shown: dict[str, Decimal | None] = {}
    aspect_panels: list[PanelResult] = []
    indicator_panels: list[PanelResult] = []
    judges_by_stage: dict[str, int] = {}
    judges: set[str] = set()
    notes: list[ModerationNote] = []
    warnings: list[str] = []
    flagged = 0
    spread_sum = Fraction(0)
    spread_w = Fraction(0)
    spread_missing = False
    for data, panels in per_stage:
        st = data.stage.id
        panel = panels.get(sid)
        if panel is None:
            stage_exact[st] = stage_shown[st] = None
            judges_by_stage[st] = 0
            spread_missing = True
            continue
        stage_exact[st] = panel.exact_total
        stage_shown[st] = panel.total
        judges_by_stage[st] = len(panel.judges)
        judges.update(panel.judges)
        if wants_aspects:
            aspect_panels.append(panel)
        if wants_indicators:
            indicator_panels.append(panel)
        known = data.spreads.get(sid)
        if known is None:
            known = data.spreads[sid] = (panel.flag_count, panel.total_range)
        flag_count, total_range = known
        flagged += flag_count
        if total_range is None:
            spread_missing = True
        else:
            w = exact(weights.get(st, Decimal(0)))
            spread_sum += total_range * w
            spread_w += w
        notes.extend(_notes(data, sid, panel))
        for judge, items in data.warnings.get(sid, ()):
            if judge in panel.judges:
                warnings.append(
                    f"{data.stage.id} · {judge_names.get(judge, judge)}: " + warning_text(items)
                )
    spread = None if spread_missing or not spread_w else spread_sum / spread_w
    score, missing = combine_stages(stage_exact, weights)
    entry = Entry(
        sid,
        sub.region,
        sub.category,
        score,
        stage_exact,
        _Later(aspect_panels, "exact_aspects"),
        _Later(indicator_panels, "exact_indicators"),
        spread,
        len(judges),
        missing,
    )
    return entry, _Extras(
        judges_by_stage, stage_shown, stage_exact, tuple(notes), flagged, tuple(warnings)
    )


def _row(
    r: RankedRow,
    sub: store_submissions.CurrentSubmission,
    extras: _Extras,
    loaded: _Loaded,
    decimals: int,
    rounding: str,
) -> RankRow:
    reason = ""
    if r.rank is None:
        reason = (
            t("belum ada nilai tahap", "no score yet for stage") + ": " + ", ".join(r.entry.missing)
            if r.entry.missing
            else t("belum ada nilai", "no score yet")
        )
    score = None if r.entry.score is None else exact(r.entry.score)
    return RankRow(
        rank=r.rank,
        submission=r.entry.submission,
        region=sub.region,
        region_id=sub.region_id,
        province=sub.province,
        category=sub.category,
        score=None if score is None else round_exact(score, decimals, rounding),
        stage_scores=extras.stage_shown,
        judges=r.entry.judges,
        judges_by_stage=extras.judges_by_stage,
        trail=r.trail,
        tied=r.tied,
        provisional=loaded.provisional,
        moderated=extras.notes,
        flagged=extras.flagged,
        reason=reason,
        exact=score,
        stage_exact=extras.stage_exact,
        decimals=decimals,
        digits=max(r.digits, decimals),
        rounding=rounding,
        warnings=extras.warnings,
    )


def _build(loaded: _Loaded, rule: str | None, stage_id: str | None) -> Ranking:
    """The ranking with every stage under ``rule`` (None: each stage's own)."""
    weights: dict[str, Decimal] = {d.stage.id: d.stage.weight for d in loaded.stages}
    if stage_id is not None:
        weights = {stage_id: Decimal(1)}
    decimals = max(d.form.total_decimals for d in loaded.stages)
    rounding = "down" if all(d.form.rounding == "down" for d in loaded.stages) else "half_up"
    ladder = _ladder(loaded, weights)
    per_stage = [(data, _panels(data, rule or data.rule)) for data in loaded.stages]
    entries: list[Entry] = []
    extras: dict[str, _Extras] = {}
    for sub in loaded.submissions:
        entry, extra = _submission(sub, per_stage, weights, ladder, loaded.judge_names)
        entries.append(entry)
        extras[sub.id] = extra
    name_decides = bool(loaded.event.settings.get("tie_break_name_decides", False))
    ranked = rank_entries(
        entries, ladder, decimals=decimals, name_decides=name_decides, rounding=rounding
    )
    by_id: dict[str, store_submissions.CurrentSubmission] = {s.id: s for s in loaded.submissions}
    rows = tuple(
        _row(r, by_id[r.entry.submission], extras[r.entry.submission], loaded, decimals, rounding)
        for r in ranked
    )
    notes = [n for d in loaded.stages for n in d.notes]
    if any(r.more_digits for r in rows):
        notes.append(digits_note(decimals))
    infos = tuple(
        StageInfo(
            id=d.stage.id,
            name=d.stage.name,
            weight=d.stage.weight,
            form_id=d.form.id,
            form_hash=d.stage.form_hash,
            rule=rule or d.rule,
            decimals=d.form.total_decimals,
            rounding=d.form.rounding,
        )
        for d in loaded.stages
    )
    return Ranking(
        event_id=loaded.event.id,
        event_name=loaded.event.name,
        competition=loaded.event.competition,
        stages=infos,
        stage_id=stage_id,
        rule=rule,
        provisional=loaded.provisional,
        decimals=decimals,
        ladder=ladder,
        name_decides=name_decides,
        rows=rows,
        notes=tuple(notes),
        rounding=rounding,
        rule_labels=ladder_words.labels_for(
            (*ladder, *(f"stage:{d.stage.id}" for d in loaded.stages)),
            [(d.stage.id, d.stage.name) for d in loaded.stages],
            [d.form for d in loaded.stages],
        ),
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
            original = to_decimal(combine(judged, panel.value_rule))
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
    if rule is not None and rule not in VIEW_RULES:
        raise ResultsRefused(
            t("aturan gabungan tidak dikenal", "unknown judge rule")
            + f": {rule} ({', '.join(VIEW_RULES)})"
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
    rankings = {
        # a rule every stage already uses gives the official ranking's rows
        r: replace(official, rule=r)
        if all(d.rule == r for d in loaded.stages)
        else _build(loaded, r, stage_id)
        for r in SENSITIVITY_RULES
    }
    by_rule = {r: {row.submission: row for row in rankings[r].rows} for r in SENSITIVITY_RULES}
    rows = []
    for row in official.rows:
        ranks = {r: by_rule[r][row.submission].rank for r in SENSITIVITY_RULES}
        scores = {r: by_rule[r][row.submission].score for r in SENSITIVITY_RULES}
        rows.append(
            SensitivityRow(
                submission=row.submission,
                region=row.region,
                category=row.category,
                rank=row.rank,
                score=row.score,
                ranks=ranks,
                scores=scores,
                changed=tuple(r for r in SENSITIVITY_RULES if ranks[r] != row.rank),
            )
        )
    return Sensitivity(official, SENSITIVITY_RULES, rankings, tuple(rows))


@dataclass(frozen=True)
class PanelAgreement:
    stage_id: str
    panel: str  # "all", or the judge ids of one panel joined by ", "
    judges: tuple[str, ...]
    submissions: int
    statistics: tuple[stats.Statistic, ...]  # interval α, ICC(2,1), ICC(3,1), Kendall's W
    more: tuple[stats.Statistic, ...] = ()  # ICC(1,1), (1,k), (2,k), (3,k), ordinal/nominal α


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
        ratings: dict[str, dict[str, Fraction]] = {}
        groups: dict[tuple[str, ...], list[str]] = {}
        for sub, judges in data.results.items():
            for judge, res in judges.items():
                assert res.exact_total is not None
                ratings.setdefault(judge, {})[sub] = res.exact_total
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
                        stats.more_statistics(sub_ratings),
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
    return _calibration(_load(ws, event_id, stage_id, provisional, None))


def _calibration(loaded: _Loaded) -> list[StageCalibration]:
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
    calibration: list[StageCalibration] = field(default_factory=list)


def overview(
    ws: Workspace, event_id: str, *, stage_id: str | None = None, provisional: bool = False
) -> Overview:
    """``rank`` (each stage's own rule), ``sensitivity``, ``agreement`` and
    ``calibration`` from one read of the scores — the same numbers as the four
    calls, read once."""
    loaded = _load(ws, event_id, stage_id, provisional, None)
    ranking = _build(loaded, None, stage_id)
    return Overview(
        ranking, _sensitivity(loaded, stage_id, ranking), _agreement(loaded), _calibration(loaded)
    )


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
    warning: str = ""  # sheets counted with blank or 0 cells in this target


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
    when the form sets none). Flagged items only, unless ``flagged_only=False``.
    An indicator holding a counted sheet's blank or 0 worksheet cells is
    listed too (``warning`` says whose and which cells), for moderation."""
    loaded = _load(ws, event_id, stage_id, provisional, None)
    by_id: dict[str, store_submissions.CurrentSubmission] = {s.id: s for s in loaded.submissions}
    out: list[Disagreement] = []
    for data in loaded.stages:
        titles = {i.id: i.title for _a, i in data.form.indicators()}
        titles["total"] = t("Nilai total", "Total")
        panels_ = _panels(data, data.rule)
        for sid in sorted(panels_, key=lambda s: (by_id[s].region, s)):
            out.extend(
                _disagreements_of(data, panels_[sid], by_id[sid], titles, flagged_only, loaded)
            )
    return out


def _disagreements_of(
    data: _Stage,
    panel: PanelResult,
    sub: store_submissions.CurrentSubmission,
    titles: Mapping[str, str],
    flagged_only: bool,
    loaded: _Loaded,
) -> list[Disagreement]:
    sid = sub.id
    mods = data.moderation.get(sid, {})
    warned = _warned_targets(data, sid, panel, loaded.judge_names)
    out: list[Disagreement] = []
    for sp in [*panel.indicator_spreads.values(), panel.total_spread]:
        warning = warned.get(sp.target, "")
        if flagged_only and not sp.flagged and not warning:
            continue
        combined = panel.total if sp.target == "total" else panel.indicators[sp.target]
        out.append(
            Disagreement(
                stage_id=data.stage.id,
                submission=sid,
                region=sub.region,
                category=sub.category,
                target=sp.target,
                title=titles.get(sp.target, sp.target),
                values=dict(sp.values),
                low=sp.low,
                high=sp.high,
                range=sp.range,
                sd=sp.sd,
                threshold=sp.threshold,
                flagged=sp.flagged,
                combined=combined,
                moderation=mods.get(sp.target),
                warning=warning,
            )
        )
    return out


def _warned_targets(
    data: _Stage, sid: str, panel: PanelResult, names: Mapping[str, str]
) -> dict[str, str]:
    """Indicator id → the warning line of the counted sheets with blank or 0
    cells in it."""
    keys_of = {k: ind.id for ind in data.plan.sheet.indicators for k in ind.keys}
    lines: dict[str, list[str]] = {}
    for judge, items in data.warnings.get(sid, ()):
        if judge not in panel.judges:
            continue
        by_ind: dict[str, list[dict]] = {}
        for w in items:
            ind = keys_of.get(str(w.get("key", "")))
            if ind is not None:
                by_ind.setdefault(ind, []).append(w)
        for ind, ws_ in by_ind.items():
            lines.setdefault(ind, []).append(f"{names.get(judge, judge)}: " + warning_text(ws_))
    return {k: "; ".join(v) for k, v in lines.items()}

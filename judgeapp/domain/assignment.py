"""Automatic assignment of judges to submissions: the model and its solver.

Pure Python over plain data (no Qt, no SQL); the solver is HiGHS through
``scipy.optimize``.

The problem, for one stage
    Every submission gets exactly *k* judges (more only when more judges have
    already started a sheet on it). Hard rules: a declared conflict is never
    assigned; optionally no judge on a region of their own province, or of
    their own institution; every judge's load is within one of the other
    judges' loads, except that a judge with a capacity (their own, or the
    run's ``max_load``) never goes above it, and a judge whose started sheets
    already exceed the common level gets nothing more. A started sheet (a
    judge who has scored a submission) is never moved: that pair is part of
    every answer.

    Soft goals, in the objective: keep the stage's current assignments (one
    kept pair weighs ``KEEP_WEIGHT``), give judges submissions of their
    preferred categories (``EXPERTISE_WEIGHT`` each), and break the remaining
    ties by a seeded pseudo-random number per (judge, submission) pair, scaled
    so that all of them together weigh less than one preferred-category match.
    The same instance, rules and seed always give the same assignment.

How it is solved
    The load levels are fixed first (``load_bounds``: the smallest common
    level *L* such that the judges' upper bounds cover the demand; judges then
    carry ``L`` or ``L + 1``, capped by their capacity, never below their
    started sheets). What remains is a transportation problem — edges
    (judge, submission) between two sets with exact degrees on one side and
    bounded degrees on the other. Its constraint matrix is the incidence
    matrix of a bipartite graph, hence totally unimodular: every vertex of the
    LP relaxation is integral, so HiGHS's dual simplex returns an exact 0/1
    optimum of the integer programme without branching. The answer is checked
    to be integral; if it ever were not, the same model goes to
    ``scipy.optimize.milp`` (HiGHS branch-and-cut). The 0/1 answer is then
    verified against every hard rule (``violations``) before it is returned.

When the rules cannot all hold
    Nothing is assigned and ``AssignmentInfeasible`` names the rule and the
    submissions (or judges): first by counting (a submission with fewer
    eligible judges than *k* after conflicts, then the province rule, then the
    institution rule; a judge who is eligible for fewer submissions than the
    balanced level; total capacity below the demand), then, when counting
    finds nothing, by an elastic version of the model (shortfalls allowed at a
    cost) which says which submissions or judges fall short, and by
    re-solving with each rule relaxed in turn to say which rule is in the way.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from judgeapp.errors import Refused
from judgeapp.i18n import t

Pair = tuple[str, str]  # (judge id, submission id)

KEEP_WEIGHT = 2.0
EXPERTISE_WEIGHT = 1.0

# Rule ids, in the order they are tried when counting eligible judges.
RULE_JUDGES = "judges"  # fewer judges in the event than k
RULE_CONFLICT = "conflict"
RULE_PROVINCE = "province"
RULE_INSTITUTION = "institution"
RULE_CAPACITY = "capacity"
RULE_BALANCE = "balance"
RULES = (RULE_JUDGES, RULE_CONFLICT, RULE_PROVINCE, RULE_INSTITUTION, RULE_CAPACITY, RULE_BALANCE)


@dataclass(frozen=True)
class Judge:
    id: str
    name: str = ""
    province: str = ""
    institution: str = ""
    capacity: int | None = None  # most submissions per stage (None: no limit)
    expertise: frozenset[str] = frozenset()  # preferred categories

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Submission:
    id: str
    region: str = ""  # the region's (or institution's) name
    kind: str = ""  # provinsi | kabupaten | kota | instansi
    province: str = ""
    code: str = ""
    category: str = ""

    @property
    def label(self) -> str:
        return self.region or self.id


@dataclass(frozen=True)
class Rules:
    per_submission: int
    max_load: int | None = None
    avoid_same_province: bool = False
    avoid_same_institution: bool = False
    prefer_expertise: bool = True
    keep_current: bool = True
    seed: int = 0


@dataclass(frozen=True)
class Instance:
    """One stage's data. ``conflicts``, ``started`` and ``current`` are
    (judge, submission) pairs; pairs naming unknown ids are ignored."""

    judges: tuple[Judge, ...]
    submissions: tuple[Submission, ...]
    conflicts: frozenset[Pair] = frozenset()
    started: frozenset[Pair] = frozenset()
    current: frozenset[Pair] = frozenset()


@dataclass(frozen=True)
class Problem:
    """A hard rule that cannot hold, and for whom."""

    rule: str
    submissions: tuple[str, ...] = ()
    judges: tuple[str, ...] = ()
    message: str = ""
    # "count": too few eligible judges (or capacity) counted directly;
    # "model": the elastic model's shortfalls, the rule found by relaxing it
    found_by: str = "count"


class AssignmentInfeasible(Refused):
    """No assignment satisfies the hard rules; ``problems`` say which and where."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        head = t(
            "Tidak ada penugasan yang memenuhi semua aturan; tidak ada yang ditugaskan.",
            "No assignment satisfies every rule; nothing was assigned.",
        )
        super().__init__(" ".join([head, *(p.message for p in self.problems if p.message)]))

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.rule for p in self.problems))


@dataclass(frozen=True)
class JudgeLoad:
    judge: str
    load: int
    low: int  # the bounds the solver gave this judge
    high: int
    started: int  # started sheets kept
    kept: int  # pairs that were already assigned (started or not)
    preferred: int  # pairs in one of the judge's preferred categories
    capacity: int | None  # the effective cap (own capacity and max_load)


@dataclass(frozen=True)
class Proposal:
    """An assignment satisfying every hard rule, with what it achieves."""

    rules: Rules
    pairs: frozenset[Pair]
    loads: tuple[JudgeLoad, ...]
    level: int  # balanced judges carry level or level + 1
    demand: int  # pairs assigned in all
    started_kept: int
    current_total: int  # pairs assigned before
    current_kept: int  # of which still assigned
    preferred: int  # pairs in a preferred category
    preferred_possible: int  # submissions with an eligible judge preferring their category
    covered_by_expert: int  # submissions with at least one judge preferring their category
    notes: tuple[str, ...] = ()
    solver: str = ""
    solver_seconds: float = field(default=0.0, compare=False)  # CPU seconds inside HiGHS
    by_submission: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def added(self) -> int:
        return len(self.pairs) - self.current_kept

    @property
    def removed(self) -> int:
        return self.current_total - self.current_kept

    def judges_of(self, submission_id: str) -> tuple[str, ...]:
        return self.by_submission.get(submission_id, ())


# ---- matching the optional rules ------------------------------------------------------
_SPACES = re.compile(r"\s+")
_PROVINCE_PREFIX = re.compile(r"^(provinsi|prov\.?)\s+")
_GOVERNMENT_PREFIX = re.compile(r"^(pemerintah|pem\.)\s+")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def province_key(text: str) -> str:
    """ "Provinsi  Jawa Barat" and "jawa barat" are the same province."""
    return _PROVINCE_PREFIX.sub("", _norm(text))


def institution_key(text: str) -> str:
    """ "Pemerintah Kota Sukabumi" and "Kota Sukabumi" are the same institution."""
    return _GOVERNMENT_PREFIX.sub("", _norm(text))


def submission_province(sub: Submission) -> str:
    if sub.province.strip():
        return province_key(sub.province)
    if sub.kind == "provinsi":  # a province's own submission
        return province_key(sub.region)
    return ""


def same_province(judge: Judge, sub: Submission) -> bool:
    mine = province_key(judge.province)
    return bool(mine) and mine == submission_province(sub)


def same_institution(judge: Judge, sub: Submission) -> bool:
    """The judge's institution is the submitting region or institution (by
    name, a leading "Pemerintah" ignored, or by region code)."""
    mine = institution_key(judge.institution)
    if not mine:
        return False
    keys = {institution_key(sub.region)}
    if sub.code.strip():
        keys.add(_norm(sub.code))
    return mine in keys


def excluded_by(judge: Judge, sub: Submission, rules: Rules, conflicts: frozenset[Pair]) -> str:
    """The first hard rule that forbids this pair ("" when none does)."""
    if (judge.id, sub.id) in conflicts:
        return RULE_CONFLICT
    if rules.avoid_same_province and same_province(judge, sub):
        return RULE_PROVINCE
    if rules.avoid_same_institution and same_institution(judge, sub):
        return RULE_INSTITUTION
    return ""


# ---- load levels ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Bounds:
    level: int
    low: Mapping[str, int]
    high: Mapping[str, int]
    cap: Mapping[str, int | None]  # effective cap (None: no limit)


def effective_cap(judge: Judge, rules: Rules) -> int | None:
    caps = [c for c in (judge.capacity, rules.max_load) if c is not None]
    return min(caps) if caps else None


def load_bounds(
    judges: Sequence[Judge], fixed: Mapping[str, int], demand: int, rules: Rules
) -> Bounds | None:
    """Each judge's (low, high) load: ``L`` or ``L + 1`` for the smallest ``L``
    whose upper bounds cover ``demand``, within the judge's cap, never below
    the judge's started sheets. ``None`` when the caps cannot cover it."""
    caps = {j.id: effective_cap(j, rules) for j in judges}

    def cap(jid: str) -> float:
        c = caps[jid]
        return float("inf") if c is None else max(c, fixed.get(jid, 0))

    def lo(jid: str, level: int) -> int:
        f = fixed.get(jid, 0)
        return int(min(max(f, level), cap(jid)))

    def hi(jid: str, level: int) -> int:
        f = fixed.get(jid, 0)
        return int(max(f, min(level + 1, cap(jid))))

    ids = [j.id for j in judges]
    top = sum(cap(j) for j in ids)
    if top < demand:
        return None
    # Σ hi(L) is non-decreasing in L and hi(L) = lo(L + 1): bisect the smallest L.
    a, b = 0, max(demand, 1)
    while a < b:
        mid = (a + b) // 2
        if sum(hi(j, mid) for j in ids) >= demand:
            b = mid
        else:
            a = mid + 1
    return Bounds(a, {j: lo(j, a) for j in ids}, {j: hi(j, a) for j in ids}, caps)


# ---- the solve ------------------------------------------------------------------------------
def tie_noise(seed: int, judge_id: str, submission_id: str) -> float:
    """A number in [0, 1) fixed by the seed and the pair (not by their position,
    so adding a submission does not reshuffle every other pair)."""
    digest = hashlib.blake2b(
        f"{seed}\x1f{judge_id}\x1f{submission_id}".encode(), digest_size=8
    ).digest()
    return int.from_bytes(digest, "big") / 2.0**64


@dataclass
class _Model:
    judges: list[Judge]
    subs: list[Submission]
    rules: Rules
    conflicts: frozenset[Pair]
    fixed: set[Pair]  # started pairs kept (never conflicted)
    need: dict[str, int]  # submission → judges it must have
    edges: list[Pair]  # free eligible pairs (not fixed)
    notes: list[str]
    current: frozenset[Pair]  # assigned before (conflicted pairs left out)

    def fixed_per_judge(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for jid, _s in self.fixed:
            out[jid] = out.get(jid, 0) + 1
        return out


def _prepare(instance: Instance, rules: Rules) -> _Model:
    judges = sorted({j.id: j for j in instance.judges}.values(), key=lambda j: j.id)
    subs = sorted({s.id: s for s in instance.submissions}.values(), key=lambda s: s.id)
    jids = {j.id for j in judges}
    sids = {s.id for s in subs}
    conflicts = frozenset(p for p in instance.conflicts if p[0] in jids and p[1] in sids)
    by_j = {j.id: j for j in judges}
    by_s = {s.id: s for s in subs}
    notes: list[str] = []
    fixed: set[Pair] = set()
    for p in sorted(instance.started):
        if p[0] not in jids or p[1] not in sids:
            continue
        if p in conflicts:
            notes.append(
                t(
                    f"lembar {by_j[p[0]].label} untuk {by_s[p[1]].label} tidak dipertahankan:"
                    " ada konflik kepentingan",
                    f"the sheet of {by_j[p[0]].label} on {by_s[p[1]].label} is not kept:"
                    " a declared conflict",
                )
            )
            continue
        rule = excluded_by(by_j[p[0]], by_s[p[1]], rules, frozenset())
        if rule:
            notes.append(
                t(
                    f"{by_j[p[0]].label} tetap menilai {by_s[p[1]].label} (lembar sudah dimulai)"
                    f" walau aturan {rule_name(rule)}",
                    f"{by_j[p[0]].label} keeps {by_s[p[1]].label} (a started sheet) despite"
                    f" the {rule_name(rule)} rule",
                )
            )
        fixed.add(p)
    fixed_per_sub: dict[str, int] = {}
    for _j, s in fixed:
        fixed_per_sub[s] = fixed_per_sub.get(s, 0) + 1
    need = {s.id: max(rules.per_submission, fixed_per_sub.get(s.id, 0)) for s in subs}
    edges = [
        (j.id, s.id)
        for j in judges
        for s in subs
        if (j.id, s.id) not in fixed and not excluded_by(j, s, rules, conflicts)
    ]
    current = frozenset(
        p for p in instance.current if p[0] in jids and p[1] in sids and p not in conflicts
    )
    return _Model(judges, subs, rules, conflicts, fixed, need, edges, notes, current)


@dataclass
class _Answer:
    status: str  # "optimal" | "infeasible"
    chosen: list[Pair]
    short_subs: dict[str, int] = field(default_factory=dict)
    short_judges: dict[str, int] = field(default_factory=dict)
    solver: str = ""
    seconds: float = 0.0


def _solve(
    model: _Model,
    edges: list[Pair],
    low: Mapping[str, int],
    high: Mapping[str, int],
    *,
    elastic: bool = False,
) -> _Answer:
    """The transportation LP over ``edges`` (HiGHS dual simplex), integral by
    total unimodularity; ``milp`` if a vertex were ever fractional.

    Variables: x_e (free edges, 0..1), then per judge a range slack r_j
    (0..high−low); with ``elastic`` also a shortfall y_s per submission and
    z_j per judge (≥ 0, cost 1 each, no other cost) — always feasible.

        Σ_j x_js (+ y_s)          = need_s − fixed_s
        Σ_s x_js − r_j (+ z_j)    = low_j − fixed_j
    """
    import numpy as np

    sub_index = {s.id: i for i, s in enumerate(model.subs)}
    judge_index = {j.id: i for i, j in enumerate(model.judges)}
    n, m, e = len(model.subs), len(model.judges), len(edges)
    fixed_s = np.zeros(n)
    fixed_j = np.zeros(m)
    for jid, sid in model.fixed:
        fixed_s[sub_index[sid]] += 1
        fixed_j[judge_index[jid]] += 1
    cost = np.zeros(e) if elastic else _edge_costs(model, edges)
    e_s = np.fromiter((sub_index[s] for _j, s in edges), dtype=np.int64, count=e)
    e_j = np.fromiter((judge_index[j] for j, _s in edges), dtype=np.int64, count=e)
    low_v = np.array([low[j.id] for j in model.judges], dtype=float)
    high_v = np.array([high[j.id] for j in model.judges], dtype=float)
    # Column by column (CSC): an edge sits in its submission's row and its
    # judge's row; a judge's range slack in the judge's row with −1; with
    # ``elastic``, a shortfall per submission row and per judge row.
    index = [np.column_stack([e_s, n + e_j]).ravel(), n + np.arange(m)]
    value = [np.ones(2 * e), -np.ones(m)]
    counts = [np.full(e, 2), np.ones(m, dtype=np.int64)]
    lb = [np.zeros(e), np.zeros(m)]
    ub = [np.ones(e), high_v - low_v]
    c_parts = [cost, np.zeros(m)]
    if elastic:
        index += [np.arange(n), n + np.arange(m)]
        value += [np.ones(n), np.ones(m)]
        counts += [np.ones(n + m, dtype=np.int64)]
        lb += [np.zeros(n + m)]
        ub += [np.full(n + m, np.inf)]
        c_parts += [np.ones(n + m)]
    need_v = np.array([model.need[s.id] for s in model.subs], dtype=float)
    b_eq = np.concatenate([need_v - fixed_s, low_v - fixed_j])
    lp = _HighsProblem(
        cost=np.concatenate(c_parts),
        lower=np.concatenate(lb),
        upper=np.concatenate(ub),
        rows=b_eq,
        start=np.concatenate([[0], np.cumsum(np.concatenate(counts))]),
        index=np.concatenate(index),
        value=np.concatenate(value),
    )
    started = time.process_time()
    x = lp.solve(integral=0)
    solver = "HiGHS dual simplex (LP, integral vertex)"
    if x is not None and np.any(np.abs(x[:e] - np.round(x[:e])) > 1e-6):
        x = lp.solve(integral=e)
        solver = "HiGHS MILP"
    seconds = time.process_time() - started
    if x is None:
        return _Answer("infeasible", [], solver=solver, seconds=seconds)
    chosen = [edges[i] for i in np.nonzero(x[:e] > 0.5)[0]]
    answer = _Answer("optimal", chosen, solver=solver, seconds=seconds)
    if elastic:
        y = x[e + m : e + m + n]
        z = x[e + m + n :]
        answer.short_subs = {model.subs[i].id: round(y[i]) for i in np.nonzero(y > 0.5)[0]}
        answer.short_judges = {model.judges[i].id: round(z[i]) for i in np.nonzero(z > 0.5)[0]}
        if answer.short_subs or answer.short_judges:
            answer.status = "infeasible"
    return answer


def _edge_costs(model: _Model, edges: list[Pair]) -> Any:
    """Each edge's cost: a tie-breaking noise below one assignment's worth, less
    the weights for keeping a current assignment and for a judge's expertise."""
    import numpy as np

    rules = model.rules
    by_j = {j.id: j for j in model.judges}
    cat = {s.id: s.category for s in model.subs}
    scale = 1.0 / (sum(model.need.values()) + 1)
    cost = np.empty(len(edges))
    for i, (jid, sid) in enumerate(edges):
        c = tie_noise(rules.seed, jid, sid) * scale
        if rules.keep_current and (jid, sid) in model.current:
            c -= KEEP_WEIGHT
        if rules.prefer_expertise and cat[sid] in by_j[jid].expertise:
            c -= EXPERTISE_WEIGHT
        cost[i] = c
    return cost


_banner_done = False


def _new_highs(highspy: Any) -> Any:
    """A HiGHS instance. HiGHS prints its banner on standard output when the
    process makes its first instance, before any option can be set; that line
    must not reach a command's output (``--format json``), so the first
    instance is made with file descriptor 1 pointed at the null device."""
    global _banner_done
    if _banner_done:
        return highspy.Highs()
    import os
    import sys

    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        h = highspy.Highs()
        try:
            import ctypes

            ctypes.CDLL(None).fflush(None)  # C's buffered banner, while 1 is the null device
        except (OSError, AttributeError, TypeError):
            pass
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(null)
    _banner_done = True
    return h


@dataclass
class _HighsProblem:
    """min cost·x subject to A x = rows, lower ≤ x ≤ upper, A given column by
    column (``start``, ``index``, ``value``), handed to HiGHS (``highspy``)."""

    cost: Any
    lower: Any
    upper: Any
    rows: Any
    start: Any
    index: Any
    value: Any

    def solve(self, *, integral: int) -> Any:
        """The optimal x, or None when infeasible. The first ``integral``
        columns are integer variables (0: the LP, by HiGHS's dual simplex)."""
        import highspy
        import numpy as np

        lp = highspy.HighsLp()
        lp.num_col_ = len(self.cost)
        lp.num_row_ = len(self.rows)
        lp.col_cost_ = self.cost
        lp.col_lower_ = self.lower
        lp.col_upper_ = self.upper
        lp.row_lower_ = self.rows
        lp.row_upper_ = self.rows
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = self.start.astype(np.int32)
        lp.a_matrix_.index_ = self.index.astype(np.int32)
        lp.a_matrix_.value_ = self.value
        if integral:
            kinds = [highspy.HighsVarType.kContinuous] * len(self.cost)
            kinds[:integral] = [highspy.HighsVarType.kInteger] * integral
            lp.integrality_ = kinds
        h = _new_highs(highspy)
        h.setOptionValue("output_flag", False)
        h.setOptionValue("random_seed", 0)
        if not integral:
            h.setOptionValue("solver", "simplex")
            h.setOptionValue("simplex_strategy", 1)  # dual
        h.passModel(lp)
        h.run()
        if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return np.array(h.getSolution().col_value)


def solve(instance: Instance, rules: Rules) -> Proposal:
    """The assignment of one stage under ``rules``; raises
    ``AssignmentInfeasible`` (naming the rule and the submissions or judges)
    when no assignment satisfies every hard rule."""
    if rules.per_submission < 1:
        raise AssignmentInfeasible(
            [
                Problem(
                    RULE_JUDGES,
                    message=t(
                        "jumlah juri per berkas minimal 1",
                        "judges per submission must be at least 1",
                    ),
                )
            ]
        )
    model = _prepare(instance, rules)
    demand = sum(model.need.values())
    fixed_j = model.fixed_per_judge()
    problems = _count_problems(model, fixed_j, demand)
    if problems:
        raise AssignmentInfeasible(problems)
    bounds = load_bounds(model.judges, fixed_j, demand, rules)
    assert bounds is not None  # checked by _count_problems
    answer = _solve(model, model.edges, bounds.low, bounds.high)
    if answer.status != "optimal":
        raise AssignmentInfeasible(_diagnose(instance, model, bounds))
    pairs = frozenset(model.fixed) | frozenset(answer.chosen)
    found = violations(instance, rules, pairs)
    if found:  # the solver's answer breaks a rule: a bug, never a user message
        raise AssertionError("solver answer violates the rules: " + "; ".join(found[:5]))
    return replace(
        _proposal(instance, model, rules, bounds, pairs, answer.solver),
        solver_seconds=answer.seconds,
    )


def _proposal(
    instance: Instance,
    model: _Model,
    rules: Rules,
    bounds: Bounds,
    pairs: frozenset[Pair],
    solver: str,
) -> Proposal:
    by_s = {s.id: s for s in model.subs}
    by_j = {j.id: j for j in model.judges}
    current = model.current
    by_sub: dict[str, list[str]] = {s.id: [] for s in model.subs}
    per_judge: dict[str, list[str]] = {j.id: [] for j in model.judges}
    for jid, sid in sorted(pairs):
        by_sub[sid].append(jid)
        per_judge[jid].append(sid)
    loads = []
    for j in model.judges:
        mine = per_judge[j.id]
        loads.append(
            JudgeLoad(
                judge=j.id,
                load=len(mine),
                low=bounds.low[j.id],
                high=bounds.high[j.id],
                started=sum(1 for s in mine if (j.id, s) in model.fixed),
                kept=sum(1 for s in mine if (j.id, s) in current),
                preferred=sum(1 for s in mine if by_s[s].category in j.expertise),
                capacity=bounds.cap[j.id],
            )
        )
    experts: dict[str, set[str]] = {}
    for j in model.judges:
        for cat in j.expertise:
            experts.setdefault(cat, set()).add(j.id)
    eligible_expert = 0
    covered = 0
    for s in model.subs:
        pool = experts.get(s.category, set())
        if not pool:
            continue
        ok = any(
            (jid, s.id) in model.fixed or not excluded_by(by_j[jid], s, rules, model.conflicts)
            for jid in pool
        )
        eligible_expert += int(ok)
        covered += int(any(jid in pool for jid in by_sub[s.id]))
    return Proposal(
        rules=rules,
        pairs=pairs,
        loads=tuple(loads),
        level=bounds.level,
        demand=len(pairs),
        started_kept=len(model.fixed),
        current_total=len(current),
        current_kept=len(pairs & current),
        preferred=sum(ld.preferred for ld in loads),
        preferred_possible=eligible_expert,
        covered_by_expert=covered,
        notes=tuple(model.notes),
        solver=solver,
        by_submission={s: tuple(v) for s, v in by_sub.items()},
    )


# ---- checking an answer ------------------------------------------------------------------------
def violations(instance: Instance, rules: Rules, pairs: Iterable[Pair]) -> list[str]:
    """Every hard rule ``pairs`` breaks (empty: it satisfies them all). Used on
    the solver's answer, before accepting a preview, and by the tests."""
    model = _prepare(instance, rules)
    chosen = set(pairs)
    out: list[str] = []
    jids = {j.id for j in model.judges}
    sids = {s.id for s in model.subs}
    by_j = {j.id: j for j in model.judges}
    by_s = {s.id: s for s in model.subs}
    for jid, sid in sorted(chosen):
        if jid not in jids or sid not in sids:
            out.append(f"unknown pair {jid}/{sid}")
            continue
        if (jid, sid) in model.fixed:
            continue
        rule = excluded_by(by_j[jid], by_s[sid], rules, model.conflicts)
        if rule:
            out.append(f"{rule}: {jid}/{sid}")
    for p in sorted(model.fixed - chosen):
        out.append(f"started sheet moved: {p[0]}/{p[1]}")
    per_sub: dict[str, int] = {}
    per_judge: dict[str, int] = {j: 0 for j in jids}
    for jid, sid in chosen:
        if jid in jids and sid in sids:
            per_sub[sid] = per_sub.get(sid, 0) + 1
            per_judge[jid] += 1
    for sid in sorted(sids):
        if per_sub.get(sid, 0) != model.need[sid]:
            out.append(f"{sid}: {per_sub.get(sid, 0)} judges, needs {model.need[sid]}")
    bounds = load_bounds(model.judges, model.fixed_per_judge(), sum(model.need.values()), rules)
    if bounds is None:
        out.append("capacity: the caps cannot cover the demand")
        return out
    for jid in sorted(jids):
        if not bounds.low[jid] <= per_judge[jid] <= bounds.high[jid]:
            out.append(
                f"{RULE_BALANCE}: {jid} has {per_judge[jid]},"
                f" allowed {bounds.low[jid]}..{bounds.high[jid]}"
            )
    return out


# ---- saying why not -----------------------------------------------------------------------------
def rule_name(rule: str) -> str:
    return {
        RULE_JUDGES: t("jumlah juri", "number of judges"),
        RULE_CONFLICT: t("konflik kepentingan", "conflicts of interest"),
        RULE_PROVINCE: t("bukan provinsi sendiri", "not their own province"),
        RULE_INSTITUTION: t("bukan instansi sendiri", "not their own institution"),
        RULE_CAPACITY: t("kapasitas juri", "judges' capacity"),
        RULE_BALANCE: t(
            "beban seimbang (selisih paling banyak satu)", "balanced loads (within one)"
        ),
    }.get(rule, rule)


def _names(labels: Sequence[str], most: int = 8) -> str:
    shown = ", ".join(labels[:most])
    if len(labels) > most:
        shown += t(f" dan {len(labels) - most} lainnya", f" and {len(labels) - most} more")
    return shown


def _count_problems(model: _Model, fixed_j: Mapping[str, int], demand: int) -> list[Problem]:
    """What counting alone shows cannot be met, in the order a secretariat fixes
    it: too few judges, rules that leave a submission short, capacity, balance."""
    if len(model.judges) < model.rules.per_submission:
        return [_too_few_judges(model)]
    caps = {j.id: effective_cap(j, model.rules) for j in model.judges}
    problems = _short_by_rule(model, fixed_j, caps)
    if problems:
        return problems
    bounds = load_bounds(model.judges, fixed_j, demand, model.rules)
    if bounds is None:
        return [_over_capacity(model, fixed_j, caps, demand)]
    return _under_balance(model, fixed_j, bounds)


def _too_few_judges(model: _Model) -> Problem:
    k = model.rules.per_submission
    return Problem(
        RULE_JUDGES,
        tuple(s.id for s in model.subs),
        message=t(
            f"Setiap berkas perlu {k} juri, tetapi acara ini hanya punya {len(model.judges)} juri.",
            f"Every submission needs {k} judges but the event has only {len(model.judges)}.",
        ),
    )


def _short_by_rule(
    model: _Model, fixed_j: Mapping[str, int], caps: Mapping[str, int | None]
) -> list[Problem]:
    """Per submission: eligible judges after each rule in turn; a submission is
    blamed on the first rule that leaves it short."""
    rules = model.rules
    k = rules.per_submission
    stages = [
        (RULE_CONFLICT, Rules(k)),
        (RULE_PROVINCE, Rules(k, avoid_same_province=rules.avoid_same_province)),
        (
            RULE_INSTITUTION,
            Rules(
                k,
                avoid_same_province=rules.avoid_same_province,
                avoid_same_institution=rules.avoid_same_institution,
            ),
        ),
    ]
    open_judges = [j for j in model.judges if (c := caps[j.id]) is None or c > fixed_j.get(j.id, 0)]
    short: dict[str, list[tuple[str, int, int]]] = {}
    blamed: set[str] = set()
    for rule, partial in stages:
        if rule == RULE_PROVINCE and not rules.avoid_same_province:
            continue
        if rule == RULE_INSTITUTION and not rules.avoid_same_institution:
            continue
        for s in model.subs:
            if s.id in blamed:
                continue
            count = sum(
                1
                for j in open_judges
                if (j.id, s.id) not in model.fixed
                and not excluded_by(j, s, partial, model.conflicts)
            ) + sum(1 for j in model.judges if (j.id, s.id) in model.fixed)
            if count < model.need[s.id]:
                short.setdefault(rule, []).append((s.id, count, model.need[s.id]))
                blamed.add(s.id)
    by_s = {s.id: s for s in model.subs}
    problems: list[Problem] = []
    for rule, items in short.items():
        labels = [
            t(f"{by_s[sid].label} ({c} juri layak)", f"{by_s[sid].label} ({c} eligible)")
            for sid, c, _need in items
        ]
        problems.append(
            Problem(
                rule,
                tuple(sid for sid, _c, _n in items),
                message=t(
                    f"Aturan {rule_name(rule)}: {len(items)} berkas tidak mendapat {k} juri —"
                    f" {_names(labels)}.",
                    f"Rule {rule_name(rule)}: {len(items)} submission(s) cannot get {k} judges —"
                    f" {_names(labels)}.",
                ),
            )
        )
    return problems


def _over_capacity(
    model: _Model, fixed_j: Mapping[str, int], caps: Mapping[str, int | None], demand: int
) -> Problem:
    total = sum(max(c, fixed_j.get(jid, 0)) for jid, c in caps.items() if c is not None)
    return Problem(
        RULE_CAPACITY,
        judges=tuple(jid for jid, c in caps.items() if c is not None),
        message=t(
            f"Kapasitas juri seluruhnya {total}, padahal perlu {demand} penugasan"
            f" ({len(model.subs)} berkas × {model.rules.per_submission}).",
            f"The judges' capacities add up to {total} but {demand} assignments are"
            f" needed ({len(model.subs)} submissions × {model.rules.per_submission}).",
        ),
    )


def _under_balance(model: _Model, fixed_j: Mapping[str, int], bounds: Bounds) -> list[Problem]:
    """Per judge: can each reach their lower bound?"""
    reach: dict[str, int] = {j.id: fixed_j.get(j.id, 0) for j in model.judges}
    for jid, _sid in model.edges:
        reach[jid] += 1
    under = [(j, reach[j.id]) for j in model.judges if reach[j.id] < bounds.low[j.id]]
    if not under:
        return []
    labels = [
        t(
            f"{j.label} (hanya {r} berkas layak, perlu {bounds.low[j.id]})",
            f"{j.label} (only {r} eligible, needs {bounds.low[j.id]})",
        )
        for j, r in under
    ]
    return [
        Problem(
            RULE_BALANCE,
            judges=tuple(j.id for j, _r in under),
            message=t(
                f"Aturan {rule_name(RULE_BALANCE)}: {_names(labels)}. Beri juri itu"
                " kapasitas, atau longgarkan aturan lain.",
                f"Rule {rule_name(RULE_BALANCE)}: {_names(labels)}. Give those judges a"
                " capacity, or relax another rule.",
            ),
        )
    ]


def _diagnose(instance: Instance, model: _Model, bounds: Bounds) -> list[Problem]:
    """Counting found nothing but the model is infeasible: which submissions or
    judges fall short (elastic model), and which rule's relaxation lifts it."""
    rules = model.rules
    elastic = _solve(model, model.edges, bounds.low, bounds.high, elastic=True)
    culprits: list[str] = []
    fixed_j = model.fixed_per_judge()
    # without balance: only the caps (and the started sheets) bound each judge
    demand = sum(model.need.values())
    floor = {j.id: fixed_j.get(j.id, 0) for j in model.judges}
    ceiling = {}
    for j in model.judges:
        cap = bounds.cap[j.id]
        ceiling[j.id] = demand if cap is None else max(cap, floor[j.id])
    if _solve(model, model.edges, floor, ceiling).status == "optimal":
        culprits.append(RULE_BALANCE)
    for rule, changed in (
        (RULE_PROVINCE, replace(rules, avoid_same_province=False)),
        (RULE_INSTITUTION, replace(rules, avoid_same_institution=False)),
        (RULE_CAPACITY, replace(rules, max_load=None)),
    ):
        if rule == RULE_PROVINCE and not rules.avoid_same_province:
            continue
        if rule == RULE_INSTITUTION and not rules.avoid_same_institution:
            continue
        if rule == RULE_CAPACITY:
            if all(c is None for c in bounds.cap.values()):
                continue
            uncapped = tuple(replace(j, capacity=None) for j in model.judges)
            inst = Instance(uncapped, instance.submissions, instance.conflicts, instance.started)
        else:
            inst = instance
        other = _prepare(inst, changed)
        other_b = load_bounds(other.judges, fixed_j, sum(other.need.values()), changed)
        if other_b is None:
            continue
        if _solve(other, other.edges, other_b.low, other_b.high).status == "optimal":
            culprits.append(rule)
    if not culprits:
        culprits.append(RULE_CONFLICT)
    by_s = {s.id: s for s in model.subs}
    by_j = {j.id: j for j in model.judges}
    subs = sorted(elastic.short_subs, key=lambda s: (by_s[s].label, s))
    judges = sorted(elastic.short_judges, key=lambda j: (by_j[j].label, j))
    names = " + ".join(rule_name(r) for r in culprits)
    parts = []
    if subs:
        parts.append(
            t(
                f"{len(subs)} berkas kekurangan juri: {_names([by_s[s].label for s in subs])}",
                f"{len(subs)} submission(s) short of judges:"
                f" {_names([by_s[s].label for s in subs])}",
            )
        )
    if judges:
        parts.append(
            t(
                f"{len(judges)} juri di bawah beban seimbang:"
                f" {_names([by_j[j].label for j in judges])}",
                f"{len(judges)} judge(s) below the balanced load:"
                f" {_names([by_j[j].label for j in judges])}",
            )
        )
    message = t(
        f"Aturan {names} tidak dapat dipenuhi bersama: " + "; ".join(parts) + ".",
        f"Rule {names} cannot hold together: " + "; ".join(parts) + ".",
    )
    return [Problem(culprits[0], tuple(subs), tuple(judges), message, "model")] + [
        Problem(r, tuple(subs), tuple(judges), "", "model") for r in culprits[1:]
    ]

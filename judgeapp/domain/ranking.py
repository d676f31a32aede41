"""Combining stages and ranking per category, with the tie-break trail.

Pure functions over plain data (no Qt, no SQL). Every comparison is on
**exact** values (rationals): a score is rounded only to be shown.

* **Stages**: a submission's score is Σ stage score × stage weight / Σ weights
  over the exact stage scores. A submission missing a stage score is **not
  ranked**: it is listed after the ranked rows of its category with the
  missing stages named (a partial sum would rank it unfairly low, a
  re-weighted one would not be comparable).
* **Categories**: provinsi, kabupaten, kota first, then any other category
  alphabetically; ranks restart in each category.
* **Competition ranking** ("1-2-2-4"): higher exact score first; equal exact
  scores go down the tie-break ladder; rows no rule separates share the rank
  and are marked ``tied``. Each row carries the trail of which rule separated
  it from its neighbours.
* **Shown digits**: where two neighbouring rows show the same rounded score
  but differ exactly, both get ``digits`` — the fewest places at which they
  show differently — so a reader sees why one is ahead.

Ladder rules (``rubric.TIE_BREAK_KINDS``): ``stage:<id>`` higher stage score
wins; ``aspect:<id>`` / ``indicator:<id>`` higher combined value wins;
``spread`` lower spread of the judges' totals wins (all exact; the trail
shows them with enough places to tell them apart); ``judges`` more judges
wins; ``name`` alphabetical — **not a real tie-break**: it only orders the
display of a tie, which stays unresolved, unless ``name_decides=True`` is
configured explicitly for the event. A missing value always loses against a
present one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from judgeapp.domain.rubric import TIE_BREAK_KINDS
from judgeapp.domain.scoring import Number, exact, fmt, separating_decimals

CATEGORY_ORDER = ("provinsi", "kabupaten", "kota")


def category_key(category: str) -> tuple[int, str]:
    if category in CATEGORY_ORDER:
        return (CATEGORY_ORDER.index(category), "")
    return (len(CATEGORY_ORDER), category.casefold())


@dataclass(frozen=True)
class Entry:
    """One submission as the ranking sees it."""

    submission: str
    name: str
    category: str
    score: Number | None  # exact
    stage_scores: Mapping[str, Number | None] = field(default_factory=dict)
    aspects: Mapping[str, Number | None] = field(default_factory=dict)
    indicators: Mapping[str, Number | None] = field(default_factory=dict)
    spread: Number | None = None
    judges: int = 0
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrailStep:
    """How this row stands against ``other`` (an equal-score neighbour)."""

    rule: str  # the ladder rule that separated them, or "" when none did
    other: str  # the other submission's id
    other_name: str
    outcome: str  # "ahead" | "behind" | "tied"
    value: str  # this row's value under the rule ('' when none)
    other_value: str


@dataclass(frozen=True)
class RankedRow:
    entry: Entry
    rank: int | None
    tied: bool
    trail: tuple[TrailStep, ...]
    reason: str = ""  # why the row is not ranked
    digits: int = 0  # places to show the score with (more than decimals: see module text)


def combine_stages(
    stage_scores: Mapping[str, Number | None], weights: Mapping[str, Decimal]
) -> tuple[Fraction | None, tuple[str, ...]]:
    """(exact weighted score, missing stage ids). The score is ``None`` when
    any weighted stage is missing."""
    missing = tuple(s for s in weights if stage_scores.get(s) is None)
    if missing:
        return None, missing
    if len(weights) == 1:  # x × w / w
        (only,) = weights
        if exact(weights[only]) == 0:
            return None, ()
        return exact(stage_scores[only]), ()  # type: ignore[arg-type]
    total_w = sum((exact(w) for w in weights.values()), Fraction(0))
    if total_w == 0:
        return None, ()
    raw = Fraction(0)
    for stage_id in weights:
        value = stage_scores[stage_id]
        assert value is not None
        raw += exact(value) * exact(weights[stage_id])
    return raw / total_w, ()


def default_ladder(weights: Mapping[str, Decimal]) -> tuple[str, ...]:
    """When nothing is configured: the stages, heaviest first (multi-stage
    events only). Ties left after that stay unresolved for the panel."""
    if len(weights) < 2:
        return ()
    order = sorted(weights, key=lambda s: -weights[s])
    return tuple(f"stage:{s}" for s in order)


def ladder_problems(
    ladder: Sequence[str],
    stages: Iterable[str],
    aspects: Iterable[str] = (),
    indicators: Iterable[str] = (),
) -> list[str]:
    """Problems with a ladder (unknown rules or ids), one message each."""
    known = {"stage": set(stages), "aspect": set(aspects), "indicator": set(indicators)}
    out: list[str] = []
    for rule in ladder:
        kind, _, arg = rule.partition(":")
        if kind not in TIE_BREAK_KINDS:
            out.append(f"unknown tie-break rule {rule!r} (known: {', '.join(TIE_BREAK_KINDS)})")
        elif kind in known and arg not in known[kind]:
            out.append(f"tie-break rule {rule!r}: no {kind} {arg!r}")
    return out


_MISSING = (1, Fraction(0))


def _rule_value(entry: Entry, rule: str) -> tuple[tuple, Fraction | str | None]:
    """(sort key where smaller is better, the value shown in the trail)."""
    kind, _, arg = rule.partition(":")
    raw: Number | None
    if kind == "stage":
        raw = entry.stage_scores.get(arg)
    elif kind in ("aspect", "indicator"):
        raw = (entry.aspects if kind == "aspect" else entry.indicators).get(arg)
    elif kind == "spread":
        raw = entry.spread
        return ((0, exact(raw)) if raw is not None else _MISSING), raw  # type: ignore[return-value]
    elif kind == "judges":
        return (0, Fraction(-entry.judges)), str(entry.judges)
    elif kind == "name":
        return (0, entry.name.casefold()), entry.name
    else:
        raise ValueError(f"unknown tie-break rule {rule!r}")
    if raw is None:
        return _MISSING, None
    value = exact(raw)
    return (0, -value), value


def _shown(a: object, b: object, decimals: int, rounding: str) -> tuple[str, str]:
    """Two trail values as text, with enough places to tell them apart."""
    if isinstance(a, str) or isinstance(b, str):
        return str(a or ""), str(b or "")
    if a is None or b is None:
        d = decimals
    else:
        d = separating_decimals(a, b, decimals, rounding)  # type: ignore[arg-type]
    return fmt(a, d, rounding), fmt(b, d, rounding)  # type: ignore[arg-type]


def rank_entries(
    entries: Iterable[Entry],
    ladder: Sequence[str] = (),
    *,
    decimals: int = 4,
    name_decides: bool = False,
    rounding: str = "half_up",
) -> list[RankedRow]:
    """Rank per category; rows come grouped by category (``category_key``),
    ranked rows first in rank order, then the unranked ones by name.
    ``decimals``/``rounding``: how scores are shown (for ``digits`` and the
    trail's values)."""
    decisive = [r for r in ladder if name_decides or r.partition(":")[0] != "name"]
    groups: dict[str, list[Entry]] = {}
    for e in entries:
        groups.setdefault(e.category, []).append(e)
    out: list[RankedRow] = []
    for category in sorted(groups, key=category_key):
        out.extend(_rank_group(groups[category], decisive, decimals, rounding))
    return out


def _rank_group(
    entries: list[Entry], ladder: Sequence[str], decimals: int, rounding: str
) -> list[RankedRow]:
    ranked = [e for e in entries if e.score is not None]
    unranked = sorted(
        (e for e in entries if e.score is None), key=lambda e: (e.name.casefold(), e.submission)
    )
    # Order by exact score (then name); only rows whose exact score equals a
    # neighbour's need the ladder's values, so they are computed for those alone.
    # the exact scores as integers over their common denominator: the same
    # order and the same equalities as the fractions, compared faster
    exacts = [exact(e.score) for e in ranked]  # type: ignore[arg-type]
    common = math.lcm(*(f.denominator for f in exacts)) if exacts else 1
    scored = sorted(
        (
            (-f.numerator * (common // f.denominator), e.name.casefold(), e.submission, e, f)
            for e, f in zip(ranked, exacts, strict=True)
        ),
        key=lambda x: x[:3],
    )
    keyed: list[tuple[tuple, tuple, Entry, list, Fraction]] = []
    i = 0
    n = len(scored)
    while i < n:
        j = i + 1
        while j < n and scored[j][0] == scored[i][0]:
            j += 1
        run = []
        for neg, name, sub, e, value in scored[i:j]:
            rule_values = [_rule_value(e, r) for r in ladder] if j - i > 1 else []
            key = (neg, *(k for k, _v in rule_values))
            run.append((key, (name, sub), e, rule_values, value))
        if j - i > 1:
            run.sort(key=lambda x: (x[0], x[1]))
        keyed.extend(run)
        i = j

    trails: list[list[TrailStep]] = [[] for _ in keyed]
    ranks: list[int] = []
    tied = [False] * len(keyed)
    digits = [decimals] * len(keyed)
    for i, (key, _name, entry, values, score) in enumerate(keyed):
        if i == 0:
            ranks.append(1)
            continue
        prev_key, _pn, prev, prev_values, prev_score = keyed[i - 1]
        if key == prev_key:
            ranks.append(ranks[-1])
            tied[i] = tied[i - 1] = True
            trails[i - 1].append(TrailStep("", entry.submission, entry.name, "tied", "", ""))
            trails[i].append(TrailStep("", prev.submission, prev.name, "tied", "", ""))
            continue
        ranks.append(i + 1)
        if prev_score != score:
            need = separating_decimals(prev_score, score, decimals, rounding)
            digits[i - 1] = max(digits[i - 1], need)
            digits[i] = max(digits[i], need)
            continue
        for rule, (pk, pv), (k, v) in zip(ladder, prev_values, values, strict=True):
            if pk != k:
                ptext, text = _shown(pv, v, decimals, rounding)
                trails[i - 1].append(
                    TrailStep(rule, entry.submission, entry.name, "ahead", ptext, text)
                )
                trails[i].append(TrailStep(rule, prev.submission, prev.name, "behind", text, ptext))
                break
    rows = [
        RankedRow(entry, ranks[i], tied[i], tuple(trails[i]), digits=digits[i])
        for i, (_k, _n, entry, _v, _s) in enumerate(keyed)
    ]
    for e in unranked:
        reason = "missing stage: " + ", ".join(e.missing) if e.missing else "no score"
        rows.append(RankedRow(e, None, False, (), reason, digits=decimals))
    return rows

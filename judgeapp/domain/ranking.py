"""Combining stages and ranking per category, with the tie-break trail.

Pure functions over plain data (no Qt, no SQL).

* **Stages**: a submission's score is Σ stage score × stage weight / Σ weights,
  over the stage scores *as displayed* (each already rounded to its form's
  ``total_decimals``), rounded half-up to ``decimals``. A submission missing a
  stage score is **not ranked**: it is listed after the ranked rows of its
  category with the missing stages named (a partial sum would rank it
  unfairly low, a re-weighted one would not be comparable).
* **Categories**: provinsi, kabupaten, kota first, then any other category
  alphabetically; ranks restart in each category.
* **Competition ranking** ("1-2-2-4"): higher score first; equal scores go down
  the tie-break ladder; rows no rule separates share the rank and are marked
  ``tied``. Each row carries the trail of which rule separated it from its
  neighbours.

Ladder rules (``rubric.TIE_BREAK_KINDS``): ``stage:<id>`` higher stage score
wins; ``aspect:<id>`` / ``indicator:<id>`` higher combined value wins (compared
rounded to ``decimals``, as displayed); ``spread`` lower spread of the judges'
totals wins; ``judges`` more judges wins; ``name`` alphabetical — **not a real
tie-break**: it only orders the display of a tie, which stays unresolved,
unless ``name_decides=True`` is configured explicitly for the event. A missing
value always loses against a present one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from judgeapp.domain.rubric import TIE_BREAK_KINDS
from judgeapp.domain.scoring import fmt, quantize

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
    score: Decimal | None
    stage_scores: Mapping[str, Decimal | None] = field(default_factory=dict)
    aspects: Mapping[str, Decimal | None] = field(default_factory=dict)
    indicators: Mapping[str, Decimal | None] = field(default_factory=dict)
    spread: Decimal | None = None
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


def combine_stages(
    stage_scores: Mapping[str, Decimal | None], weights: Mapping[str, Decimal], decimals: int
) -> tuple[Decimal | None, tuple[str, ...]]:
    """(weighted score, missing stage ids). The score is ``None`` when any
    weighted stage is missing."""
    missing = tuple(s for s in weights if stage_scores.get(s) is None)
    if missing:
        return None, missing
    total_w = sum(weights.values(), Decimal(0))
    if total_w == 0:
        return None, ()
    raw = Decimal(0)
    for stage_id in weights:
        value = stage_scores[stage_id]
        assert value is not None
        raw += value * weights[stage_id]
    return quantize(raw / total_w, decimals), ()


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


_MISSING = (1, Decimal(0))


def _rule_value(entry: Entry, rule: str, decimals: int) -> tuple[tuple, str]:
    """(sort key where smaller is better, display text) of one ladder rule."""
    kind, _, arg = rule.partition(":")
    value: Decimal | None
    if kind == "stage":
        value = entry.stage_scores.get(arg)
        return ((0, -value) if value is not None else _MISSING), fmt(value, decimals)
    if kind in ("aspect", "indicator"):
        source = entry.aspects if kind == "aspect" else entry.indicators
        raw = source.get(arg)
        value = quantize(raw, decimals) if raw is not None else None
        return ((0, -value) if value is not None else _MISSING), fmt(value, decimals)
    if kind == "spread":
        value = quantize(entry.spread, decimals) if entry.spread is not None else None
        return ((0, value) if value is not None else _MISSING), fmt(value, decimals)
    if kind == "judges":
        return (0, Decimal(-entry.judges)), str(entry.judges)
    if kind == "name":
        return (0, entry.name.casefold()), entry.name
    raise ValueError(f"unknown tie-break rule {rule!r}")


def rank_entries(
    entries: Iterable[Entry],
    ladder: Sequence[str] = (),
    *,
    decimals: int = 4,
    name_decides: bool = False,
) -> list[RankedRow]:
    """Rank per category; rows come grouped by category (``category_key``),
    ranked rows first in rank order, then the unranked ones by name."""
    decisive = [r for r in ladder if name_decides or r.partition(":")[0] != "name"]
    groups: dict[str, list[Entry]] = {}
    for e in entries:
        groups.setdefault(e.category, []).append(e)
    out: list[RankedRow] = []
    for category in sorted(groups, key=category_key):
        out.extend(_rank_group(groups[category], decisive, decimals))
    return out


def _rank_group(entries: list[Entry], ladder: Sequence[str], decimals: int) -> list[RankedRow]:
    ranked = [e for e in entries if e.score is not None]
    unranked = sorted(
        (e for e in entries if e.score is None), key=lambda e: (e.name.casefold(), e.submission)
    )
    keyed = []
    for e in ranked:
        assert e.score is not None
        rule_values = [_rule_value(e, r, decimals) for r in ladder]
        key = (-e.score, *(k for k, _t in rule_values))
        keyed.append((key, (e.name.casefold(), e.submission), e, rule_values))
    keyed.sort(key=lambda x: (x[0], x[1]))

    trails: list[list[TrailStep]] = [[] for _ in keyed]
    ranks: list[int] = []
    tied = [False] * len(keyed)
    for i, (key, _name, entry, values) in enumerate(keyed):
        if i == 0:
            ranks.append(1)
            continue
        prev_key, _pn, prev, prev_values = keyed[i - 1]
        if key == prev_key:
            ranks.append(ranks[-1])
            tied[i] = tied[i - 1] = True
            trails[i - 1].append(TrailStep("", entry.submission, entry.name, "tied", "", ""))
            trails[i].append(TrailStep("", prev.submission, prev.name, "tied", "", ""))
            continue
        ranks.append(i + 1)
        if prev.score != entry.score:
            continue
        for rule, (pk, ptext), (k, text) in zip(ladder, prev_values, values, strict=True):
            if pk != k:
                trails[i - 1].append(
                    TrailStep(rule, entry.submission, entry.name, "ahead", ptext, text)
                )
                trails[i].append(TrailStep(rule, prev.submission, prev.name, "behind", text, ptext))
                break
    rows = [
        RankedRow(entry, ranks[i], tied[i], tuple(trails[i]))
        for i, (_k, _n, entry, _v) in enumerate(keyed)
    ]
    for e in unranked:
        reason = "missing stage: " + ", ".join(e.missing) if e.missing else "no score"
        rows.append(RankedRow(e, None, False, (), reason))
    return rows

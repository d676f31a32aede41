"""Rubric forms: the data model, validation and the canonical content hash.

A form is loaded from YAML text (``load_form_text``) and validated by pydantic;
every problem becomes a ``FormProblem`` naming the place (a dotted path such as
``aspects[1].indicators[3].weight``) and the reason. The file format is
documented in ``docs/forms.md``.

Decimal numbers are kept as ``Decimal`` everywhere: YAML floats are converted
through their text, so ``11.25`` stays exactly ``11.25``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
    model_validator,
)

from judgeapp.domain import bounds
from judgeapp.domain.safeparse import (
    InputRefused,
    ProblemsRefused,
    decimal_problem,
    field_reason,
    load_json,
    load_yaml,
)

HUNDRED = Decimal(100)


def _show(value: Decimal) -> str:
    """A number as people write it in messages: 29.00 → "29", 11.250 → "11.25"."""
    return format(value.normalize(), "f")


def _to_decimal(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        value = repr(value)
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        text = value.strip()
        if len(text) > bounds.MAX_NUMBER_CHARS:
            raise ValueError(f"number too long ({len(text)} characters)")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return text  # pydantic names the wrong type
    if isinstance(value, Decimal):
        problem = decimal_problem(value)
        if problem:
            raise ValueError(problem)
    return value


Dec = Annotated[Decimal, BeforeValidator(_to_decimal)]
Ident = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", max_length=64)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Level(_Model):
    """One discrete value of a scale, with its written descriptor."""

    value: Dec
    label: str = ""
    descriptor: str = ""


class Scale(_Model):
    """How one score is entered: a numeric range or a set of levels."""

    kind: Literal["range", "levels"] = "range"
    min: Dec | None = None
    max: Dec | None = None
    decimals: int = Field(default=0, ge=0, le=4)
    levels: tuple[Level, ...] = ()
    # Descriptors for points of a *range* scale (e.g. maturity 1..5 on a 1.00–5.00
    # range): guidance only, any value of the range stays allowed. Left out of the
    # canonical JSON when empty, so adding the field changed no existing form hash.
    anchors: tuple[Level, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Scale:
        if self.kind == "range":
            if self.min is None or self.max is None:
                raise ValueError("a range scale needs min and max")
            if self.min >= self.max:
                raise ValueError(f"min {self.min} must be below max {self.max}")
            if self.levels:
                raise ValueError("a range scale has no levels (use kind: levels)")
            values = [a.value for a in self.anchors]
            if len(set(values)) != len(values):
                raise ValueError("anchor values must be distinct")
            for a in self.anchors:
                if a.value < self.min or a.value > self.max:
                    raise ValueError(f"anchor {a.value} lies outside {self.min}..{self.max}")
        else:
            if self.anchors:
                raise ValueError("a levels scale has no anchors (levels carry descriptors)")
            if len(self.levels) < 2:
                raise ValueError("a levels scale needs at least two levels")
            values = [lv.value for lv in self.levels]
            if len(set(values)) != len(values):
                raise ValueError("level values must be distinct")
        return self

    @model_serializer(mode="wrap")
    def _drop_empty_anchors(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and not self.anchors:
            data.pop("anchors", None)
        return data

    @property
    def low(self) -> Decimal:
        return self._end(min, self.min)

    @property
    def high(self) -> Decimal:
        return self._end(max, self.max)

    def _end(self, pick: Callable[[Iterator[Decimal]], Decimal], bound: Decimal | None) -> Decimal:
        """One end of the scale: ``pick`` of the levels, or the range's bound."""
        if self.kind == "levels":
            return pick(lv.value for lv in self.levels)
        assert bound is not None
        return bound

    def level(self, value: Decimal) -> Level | None:
        for lv in self.levels:
            if lv.value == value:
                return lv
        return None


class TextField(_Model):
    """A free-text field the judge fills (e.g. Keunggulan, Rekomendasi)."""

    id: Ident
    label: str
    label_en: str = ""
    required: bool = False


class Item(_Model):
    id: Ident
    text: str
    scale: Scale | None = None
    fields: tuple[TextField, ...] = ()


class _Part(_Model):
    """What an aspect and an indicator both have: an id, a title, a weight."""

    id: Ident
    title: str
    weight: Dec | None = None
    description: str = ""


class Indicator(_Part):
    scale: Scale | None = None
    rollup: Literal["mean_scored", "share_met_x10", "direct"] | None = None
    items: tuple[Item, ...] = ()
    fields: tuple[TextField, ...] = ()
    questions: tuple[str, ...] = ()


class Aspect(_Part):
    indicators: tuple[Indicator, ...]
    fields: tuple[TextField, ...] = ()


class Phase(_Model):
    id: Ident
    label: str
    minutes: Dec


class JudgeRule(_Model):
    rule: Literal["median", "mean", "trimmed_mean", "ijru"] = "median"
    trim: int = Field(default=1, ge=0)
    disagreement_threshold: Dec | None = None
    # Judge calibration (domain/calibration.py): a judge whose mean differs from
    # the panel's by more than this (on the total's scale) is flagged lenient or
    # severe; a judge whose Kendall tau with the panel is below order_threshold
    # is flagged. Left out of the canonical JSON when unset, so adding the
    # fields changed no existing form hash.
    calibration_threshold: Dec | None = Field(default=None, ge=0)
    order_threshold: Dec | None = Field(default=None, ge=-1, le=1)

    @model_serializer(mode="wrap")
    def _drop_unset_calibration(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for key in ("calibration_threshold", "order_threshold"):
                if data.get(key) is None:
                    data.pop(key, None)
        return data


class StageDefault(_Model):
    id: Ident
    label: str
    weight: Dec


class GridPillar(_Model):
    id: Ident
    label: str
    sub: tuple[str, ...]


def _indicator_weights(a_i: int, aspect: Aspect, out: list[str]) -> Decimal:
    """The sum of the aspect's indicator weights; a missing or negative one is
    added to ``out`` and left out of the sum."""
    sub = Decimal(0)
    for i_i, ind in enumerate(aspect.indicators):
        if ind.weight is None:
            out.append(f"aspects[{a_i}].indicators[{i_i}].weight: missing")
        elif ind.weight < 0:
            out.append(f"aspects[{a_i}].indicators[{i_i}].weight: negative")
        else:
            sub += ind.weight
    return sub


class Form(_Model):
    format: Literal["judgeapp.form/1"]
    id: Ident
    version: str
    competition: Ident
    stage: str
    title: str
    title_en: str = ""
    weighting: Literal["indicators", "nested"] = "indicators"
    scale: Scale | None = None
    rollup: Literal["mean_scored", "share_met_x10", "direct"] = "mean_scored"
    total_decimals: int = Field(default=4, ge=0, le=8)
    # How totals are rounded to total_decimals: half_up, or down (truncation, for
    # an instrument whose published figures truncate). Left out of the canonical
    # JSON when half_up, so adding the key changed no existing form hash.
    rounding: Literal["half_up", "down"] = "half_up"
    aspects: tuple[Aspect, ...] = Field(min_length=1)
    judges: JudgeRule = JudgeRule()
    timer: tuple[Phase, ...] = ()
    stages: tuple[StageDefault, ...] = ()
    tie_break: tuple[str, ...] = ()
    adjustable_weights: tuple[Ident, ...] = ()
    evidence_grid: tuple[GridPillar, ...] = ()
    notes: tuple[str, ...] = ()

    _index: dict[str, tuple[Aspect, Indicator, Item | None]] | None = PrivateAttr(default=None)

    # ---- structure -----------------------------------------------------
    @model_validator(mode="after")
    def _structure(self) -> Form:
        problems: list[str] = []
        seen: dict[str, str] = {}

        def claim(ident: str, where: str) -> None:
            if ident in seen:
                problems.append(f"{where}: id {ident!r} already used at {seen[ident]}")
            else:
                seen[ident] = where

        for a_i, aspect in enumerate(self.aspects):
            claim(aspect.id, f"aspects[{a_i}]")
            if not aspect.indicators:
                problems.append(f"aspects[{a_i}]: an aspect needs at least one indicator")
            for i_i, ind in enumerate(aspect.indicators):
                where = f"aspects[{a_i}].indicators[{i_i}]"
                claim(ind.id, where)
                scale = self.scale_of(ind)
                if scale is None:
                    problems.append(f"{where}: no scale (set one on the indicator or the form)")
                rollup = self.rollup_of(ind)
                if rollup == "direct" and ind.items:
                    problems.append(f"{where}: rollup 'direct' but the indicator has items")
                if rollup != "direct" and not ind.items:
                    problems.append(f"{where}: rollup {rollup!r} needs items")
                if rollup == "share_met_x10":
                    for it_i, item in enumerate(ind.items):
                        sc = item.scale or scale
                        if sc is None or sc.low != 0 or sc.high != 1:
                            problems.append(
                                f"{where}.items[{it_i}]: share_met_x10 needs a 0/1 scale"
                            )
                for it_i, item in enumerate(ind.items):
                    claim(item.id, f"{where}.items[{it_i}]")
        problems.extend(self._weight_problems())
        ids = {a.id for a in self.aspects}
        for k, ident in enumerate(self.adjustable_weights):
            if ident not in ids:
                problems.append(f"adjustable_weights[{k}]: {ident!r} is not an aspect id")
        if self.stages:
            total = sum((s.weight for s in self.stages), Decimal(0))
            if total != HUNDRED:
                problems.append(f"stages: weights sum to {_show(total)}, not 100")
        for k, rule in enumerate(self.tie_break):
            kind, _, arg = rule.partition(":")
            if kind not in TIE_BREAK_KINDS:
                problems.append(
                    f"tie_break[{k}]: unknown rule {rule!r} (known: {', '.join(TIE_BREAK_KINDS)})"
                )
            elif kind in ("aspect", "indicator") and arg not in seen:
                problems.append(f"tie_break[{k}]: {arg!r} is not an id in this form")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _weight_problems(self) -> list[str]:
        out: list[str] = []
        if self.weighting == "indicators":
            total = Decimal(0)
            for a_i, aspect in enumerate(self.aspects):
                sub = _indicator_weights(a_i, aspect, out)
                if aspect.weight is not None and aspect.weight != sub:
                    out.append(
                        f"aspects[{a_i}].weight: {_show(aspect.weight)} but its indicators sum to {_show(sub)}"
                    )
                total += sub
            if not out and total != HUNDRED:
                out.append(f"aspects: indicator weights sum to {_show(total)}, not 100")
        else:
            total = Decimal(0)
            for a_i, aspect in enumerate(self.aspects):
                if aspect.weight is None:
                    out.append(f"aspects[{a_i}].weight: missing")
                    continue
                if aspect.weight < 0:
                    out.append(f"aspects[{a_i}].weight: negative")
                total += aspect.weight
                sub = _indicator_weights(a_i, aspect, out)
                if sub != HUNDRED:
                    out.append(f"aspects[{a_i}]: indicator weights sum to {_show(sub)}, not 100")
            if total != HUNDRED:
                out.append(f"aspects: aspect weights sum to {_show(total)}, not 100")
        return out

    @model_serializer(mode="wrap")
    def _drop_default_rounding(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and self.rounding == "half_up":
            data.pop("rounding", None)
        return data

    # ---- lookups ---------------------------------------------------------
    def scale_of(self, indicator: Indicator, item: Item | None = None) -> Scale | None:
        if item is not None and item.scale is not None:
            return item.scale
        return indicator.scale or self.scale

    def rollup_of(self, indicator: Indicator) -> str:
        if indicator.rollup is not None:
            return indicator.rollup
        if not indicator.items:
            return "direct"
        return self.rollup

    def indicators(self) -> Iterator[tuple[Aspect, Indicator]]:
        for aspect in self.aspects:
            for ind in aspect.indicators:
                yield aspect, ind

    def score_keys(self) -> list[str]:
        """Every key a judge scores, in form order (item ids, or indicator ids
        for indicators scored directly)."""
        keys: list[str] = []
        for _aspect, ind in self.indicators():
            if ind.items:
                keys.extend(item.id for item in ind.items)
            else:
                keys.append(ind.id)
        return keys

    def target(self, key: str) -> tuple[Aspect, Indicator, Item | None]:
        """Locate a score key (item id or direct indicator id)."""
        index = self._target_index()
        if key not in index:
            raise KeyError(key)
        return index[key]

    def effective_weights(self) -> dict[str, Decimal]:
        """Indicator id → its share of the total, in percent (sums to 100)."""
        out: dict[str, Decimal] = {}
        for aspect, ind in self.indicators():
            assert ind.weight is not None
            if self.weighting == "indicators":
                out[ind.id] = ind.weight
            else:
                assert aspect.weight is not None
                out[ind.id] = aspect.weight * ind.weight / HUNDRED
        return out

    def aspect_weight(self, aspect: Aspect) -> Decimal:
        if self.weighting == "nested":
            assert aspect.weight is not None
            return aspect.weight
        return sum((ind.weight or Decimal(0) for ind in aspect.indicators), Decimal(0))

    def total_scale(self) -> tuple[Decimal, Decimal]:
        """The range a complete sheet's total can take."""
        lows: list[Decimal] = []
        highs: list[Decimal] = []
        for _aspect, ind in self.indicators():
            lo, hi = self.indicator_range(ind)
            lows.append(lo)
            highs.append(hi)
        return min(lows), max(highs)

    def indicator_range(self, ind: Indicator) -> tuple[Decimal, Decimal]:
        if self.rollup_of(ind) == "share_met_x10":
            return Decimal(0), Decimal(10)
        scales = [self.scale_of(ind, it) for it in ind.items] or [self.scale_of(ind)]
        return (
            min(s.low for s in scales if s is not None),
            max(s.high for s in scales if s is not None),
        )

    def with_weights(self, overrides: dict[str, Decimal]) -> Form:
        """A copy with some aspect weights changed (only ``adjustable_weights``).

        Raises ``FormError`` if an id is not adjustable or the result is invalid.
        """
        for ident in overrides:
            if ident not in self.adjustable_weights:
                raise FormError([FormProblem("<form>", ident, "weight is not adjustable")])
        data = self.model_dump(mode="json")
        for aspect in data["aspects"]:
            if aspect["id"] in overrides:
                aspect["weight"] = str(overrides[aspect["id"]])
        return parse_form(data, source=f"{self.id} (adjusted)")

    def _target_index(self) -> dict[str, tuple[Aspect, Indicator, Item | None]]:
        if self._index is None:
            index: dict[str, tuple[Aspect, Indicator, Item | None]] = {}
            for aspect, ind in self.indicators():
                if ind.items:
                    for item in ind.items:
                        index[item.id] = (aspect, ind, item)
                else:
                    index[ind.id] = (aspect, ind, None)
            self._index = index
        return self._index

    # ---- identity ----------------------------------------------------------
    def canonical_json(self) -> str:
        return canonical_json(self.model_dump(mode="json"))

    @property
    def hash(self) -> str:
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    @property
    def short_hash(self) -> str:
        return self.hash[:12]


TIE_BREAK_KINDS = ("stage", "aspect", "indicator", "spread", "judges", "name")


def canonical_json(data: Any) -> str:
    """Sorted keys, no insignificant whitespace, UTF-8 kept: the hashing form."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class FormProblem:
    source: str
    place: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.place}: {self.reason}"


class FormError(ProblemsRefused[FormProblem]):
    def __init__(self, problems: list[FormProblem]):
        first = problems[0] if problems else FormProblem("", "", "")
        super().__init__(problems, first.reason, file=first.source, place=first.place)


def _place(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("function-after[_check()]",) or str(part).startswith("function-"):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out or "<form>"


def parse_form(data: Any, source: str = "<form>") -> Form:
    """Validate already-parsed data; raise ``FormError`` listing every problem."""
    if not isinstance(data, dict):
        raise FormError([FormProblem(source, "<form>", "the file must hold a mapping")])
    try:
        return Form.model_validate(data)
    except ValidationError as exc:
        problems: list[FormProblem] = []
        for err in exc.errors():
            place = _place(tuple(err.get("loc", ())))
            if err.get("type") == "value_error":
                msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
            else:  # pydantic's own checks, in the user's language
                msg = field_reason(err)
            # model-level validators join several problems with "; "
            for part in msg.split("; "):
                if ": " in part and place == "<form>":
                    sub_place, _, reason = part.partition(": ")
                    problems.append(FormProblem(source, sub_place, reason))
                else:
                    problems.append(FormProblem(source, place, part))
        raise FormError(problems) from None


def load_form_text(text: str | bytes, source: str = "<form>") -> Form:
    """Parse YAML text into a validated ``Form`` (bounded: see ``domain.bounds``)."""
    try:
        data = load_yaml(text, source, max_bytes=bounds.MAX_FORM_BYTES)
    except InputRefused as exc:
        raise FormError([FormProblem(source, exc.place or "<yaml>", exc.reason)]) from None
    return parse_form(data, source)


def form_from_json(text: str | bytes, source: str = "<pinned form>") -> Form:
    """Rebuild a pinned form snapshot from its canonical JSON (bounded like any input)."""
    try:
        data = load_json(text, source, max_bytes=bounds.MAX_BUNDLE_FORM_BYTES)
    except InputRefused as exc:
        raise FormError([FormProblem(source, exc.place or "<json>", exc.reason)]) from None
    return parse_form(data, source=source)

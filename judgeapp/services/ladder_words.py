"""The tie-break ladder in words, for people: "Tahap II → aspek Pencapaian → sebaran nilai".

A ladder rule is an id (``stage:tahap2``, ``aspect:pencapaian``, ``spread`` …,
see ``domain.ranking``); machine output (``judgeapp rank --format json|csv``)
keeps the ids, while the ranking screen and the printed reports name each rule
by what it compares: the stage's short name (the form's own stage label, else
the event's stage name, up to its first dash), the aspect's or indicator's title
from the pinned form, and a phrase for the others — in the current language
(``judgeapp.i18n``). A rule whose id is unknown is shown as it is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from judgeapp.domain.rubric import Form
from judgeapp.i18n import language

ARROW = " → "


def short_name(name: str) -> str:
    """A stage's name up to its first dash ("Tahap II — Presentasi …" → "Tahap II")."""
    return name.split(" — ")[0].split(" – ")[0].split(" - ")[0].strip() or name


def stage_label(stage_id: str, stage_name: str, forms: Iterable[Form]) -> str:
    """The short name people use for a stage: the forms' default label for that
    id when one has it ("Tahap II"), else the event's stage name shortened."""
    for form in forms:
        for default in form.stages:
            if default.id == stage_id and default.label:
                return short_name(default.label)
    return short_name(stage_name) if stage_name else stage_id


def rule_words(rule: str, label: str = "", lang: str | None = None) -> str:
    """One ladder rule in words, in the current language (or ``lang``).
    ``label``: the name of what it compares (``labels_for``; the id when "")."""

    def t(indonesian: str, english: str) -> str:
        return english if (lang or language()) == "en" else indonesian

    kind, _, arg = rule.partition(":")
    label = label or arg
    if kind == "stage":
        return label
    if kind == "aspect":
        return t("aspek", "aspect") + " " + label
    if kind == "indicator":
        return t("indikator", "indicator") + " " + label
    if kind == "spread":
        return t("sebaran nilai", "spread of scores")
    if kind == "judges":
        return t("jumlah juri", "number of judges")
    if kind == "name":
        return t("nama (abjad)", "name (alphabetical)")
    return rule


JUDGE_RULES = {  # how the panel's scores are combined, in words (id → Indonesian, English)
    "median": ("median", "median"),
    "mean": ("rata-rata", "mean"),
    "trimmed_mean": ("rata-rata terpangkas", "trimmed mean"),
    "zscore": ("skor-z per juri", "z-score per judge"),
    "ijru": ("IJRU", "IJRU"),
}


def judge_rule_words(rule: str, lang: str | None = None) -> str:
    """A judge rule in words ("rata-rata terpangkas"); an unknown id as written."""
    words = JUDGE_RULES.get(rule)
    if words is None:
        return rule
    return words[1] if (lang or language()) == "en" else words[0]


def labels_for(
    ladder: Sequence[str], stages: Iterable[tuple[str, str]], forms: Sequence[Form]
) -> dict[str, str]:
    """Rule → the name of what it compares, the same in every language (stage
    short names and the forms' titles; "" for spread, judges and name).
    ``stages``: (id, event stage name); ``forms``: the stages' pinned forms."""
    stage_names = {sid: stage_label(sid, name, forms) for sid, name in stages}
    aspects: dict[str, str] = {}
    indicators: dict[str, str] = {}
    for form in forms:
        for a in form.aspects:
            aspects.setdefault(a.id, a.title)
        for _a, ind in form.indicators():
            indicators.setdefault(ind.id, ind.title)
    known = {"stage": stage_names, "aspect": aspects, "indicator": indicators}
    out: dict[str, str] = {}
    for rule in ladder:
        kind, _, arg = rule.partition(":")
        out[rule] = known[kind].get(arg, arg) if kind in known else ""
    return out


def ladder_text(ladder: Sequence[str], labels: Mapping[str, str]) -> str:
    """The whole ladder in words, in the current language, joined by arrows."""
    return ARROW.join(rule_words(r, labels.get(r, "")) for r in ladder)

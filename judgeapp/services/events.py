"""Creating, editing and listing events; what the screens and reports read
of an event (the store's own reading queries, handed on here so that the UI
and the reports reach them through this layer).

The event set-up dialog and ``judgeapp event create`` both build an
``EventDraft`` (text as the user typed it) and call ``save_event``, which
parses every field as hostile input — lengths bounded first, dates parsed,
weights exact decimals summing to 100 — and refuses with ``EventRefused``
(message in the user's language, ``field`` naming the field) before anything
is written. Editing an event that already has score sheets keeps its forms:
a stage with sheets cannot be dropped or get another form (its weight, name
and date may change; the history records it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services.setup import event_of
from judgeapp.store import event_setup as store_setup
from judgeapp.store import events as store_events
from judgeapp.store.db import Workspace
from judgeapp.store.events import Assignment as Assignment
from judgeapp.store.events import Conflict as Conflict
from judgeapp.store.events import Event as Event
from judgeapp.store.events import EventOptions as EventOptions
from judgeapp.store.events import Judge as Judge
from judgeapp.store.events import Signatory as Signatory
from judgeapp.store.events import Stage as Stage
from judgeapp.store.events import assignments as assignments
from judgeapp.store.events import conflicts as conflicts
from judgeapp.store.events import get_event as get_event
from judgeapp.store.events import list_judges as list_judges
from judgeapp.store.forms import load_pinned, pin_form
from judgeapp.store.submissions import CurrentSubmission as CurrentSubmission
from judgeapp.store.submissions import Submission as Submission
from judgeapp.store.submissions import current_submissions as current_submissions
from judgeapp.store.submissions import get_submission as get_submission

MAX_NAME = 200  # event name, place
MAX_EDITION = 40
MAX_PERSON = 120  # a signatory's name or position
MAX_CATEGORY = 60
MAX_STAGES = 10
MAX_CATEGORIES = 30
MAX_MEMBERS = 40
MAX_DATE = 20  # characters of a typed date
MIN_YEAR, MAX_YEAR = 2000, 2100

# The categories an event ranks unless the secretariat says otherwise.
DEFAULT_CATEGORIES = {
    "ppd": ("provinsi", "kabupaten", "kota"),
    "smartcity": ("kabupaten", "kota"),
}


def _forms():  # judgeapp.services.forms: the shipped forms (rubric models, YAML) load on use
    from judgeapp.services import forms

    return forms


class EventRefused(Refused):
    """An event (or its draft) refused; ``field`` names the field at fault."""

    def __init__(self, reason: str = "", *, field: str = "", place: str | None = None):
        self.field = field
        super().__init__(reason, place=place)


@dataclass(frozen=True)
class StageDraft:
    form: str  # a shipped form id (or a form file's path)
    weight: str = ""  # as typed; "" : the forms' default
    date: str = ""  # as typed; "" : not set
    name: str = ""  # "" : the form's title


@dataclass(frozen=True)
class PersonDraft:
    name: str
    position: str = ""


@dataclass(frozen=True)
class EventDraft:
    name: str
    stages: tuple[StageDraft, ...]
    edition: str = ""
    place: str = ""
    starts_on: str = ""
    ends_on: str = ""
    categories: tuple[str, ...] = ()
    chair: PersonDraft | None = None
    members: tuple[PersonDraft, ...] = ()


@dataclass(frozen=True)
class FormChoice:
    id: str
    competition: str
    title: str
    stage: str


# ---- parsing the fields -------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def says_edition(name: str, edition: str | None) -> bool:
    """Whether the event's name already says its edition ("PPD Jawa Barat 2022"
    and "2022"), so that a title or a picker does not repeat it."""
    edition = (edition or "").strip()
    if not edition:
        return True
    return re.search(rf"(?<!\w){re.escape(edition)}(?!\w)", name, re.IGNORECASE) is not None


def picker_label(name: str, edition: str | None) -> str:
    """An event as the pickers list it: "PPD Jawa Barat (2022)", the edition
    left out when the name already says it."""
    return name if says_edition(name, edition) else f"{name} ({edition})"


def _label(field: str) -> str:
    labels = {
        "name": t("Nama acara", "Event name"),
        "edition": t("Edisi", "Edition"),
        "place": t("Tempat", "Venue"),
        "starts_on": t("Tanggal mulai", "First day"),
        "ends_on": t("Tanggal selesai", "Last day"),
        "stages": t("Tahap", "Stages"),
        "categories": t("Kategori", "Categories"),
        "chair": t("Ketua", "Chair"),
        "members": t("Anggota", "Members"),
    }
    return labels.get(field.split(".")[0], field)


def _refuse(field: str, id_text: str, en_text: str) -> EventRefused:
    return EventRefused(t(id_text, en_text), field=field, place=_label(field))


def clean_text(value: object, field: str, limit: int, *, required: bool = False) -> str:
    """One line of text: bounded first, control characters refused, spaces trimmed."""
    if not isinstance(value, str):
        raise _refuse(field, "isian ini harus berupa teks", "this field must be text")
    if len(value) > limit * 4:  # refuse a huge paste before normalising it
        raise _refuse(
            field,
            f"terlalu panjang (paling banyak {limit} karakter)",
            f"too long (at most {limit} characters)",
        )
    text = unicodedata.normalize("NFC", value).strip()
    text = re.sub(r"[ \t]+", " ", text)
    if "\n" in text or _CONTROL.search(text):
        raise _refuse(
            field,
            "hanya satu baris teks, tanpa karakter kendali",
            "one line of text only, without control characters",
        )
    if len(text) > limit:
        raise _refuse(
            field,
            f"terlalu panjang: {len(text)} karakter (paling banyak {limit})",
            f"too long: {len(text)} characters (at most {limit})",
        )
    if required and not text:
        raise _refuse(field, "wajib diisi", "required")
    return text


_DATE_FORMATS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"),
)


def parse_date(value: str, field: str) -> str:
    """A date typed as ``2024-06-12`` or ``12-06-2024`` (also ``/`` or ``.``)
    → ISO ``2024-06-12``; '' stays ''."""
    text = clean_text(value, field, MAX_DATE)
    if not text:
        return ""
    for pattern in _DATE_FORMATS:
        m = pattern.fullmatch(text)
        if m:
            try:
                day = date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                break
            if not MIN_YEAR <= day.year <= MAX_YEAR:
                raise _refuse(
                    field,
                    f"tahun {day.year} di luar {MIN_YEAR}–{MAX_YEAR}",
                    f"year {day.year} outside {MIN_YEAR}–{MAX_YEAR}",
                )
            return day.isoformat()
    raise _refuse(
        field,
        f"bukan tanggal: {text!r} (contoh 2024-06-12 atau 12-06-2024)",
        f"not a date: {text!r} (example 2024-06-12 or 12-06-2024)",
    )


def parse_weight(value: str, field: str) -> Decimal | None:
    """A stage weight in percent (``30``, ``30.5`` or ``30,5``); '' → None."""
    text = clean_text(value, field, 12)
    if not text:
        return None
    try:
        weight = Decimal(text.replace(",", "."))
    except InvalidOperation:
        weight = Decimal("NaN")
    exp = weight.as_tuple().exponent
    if not weight.is_finite() or not isinstance(exp, int) or exp < -4:
        raise _refuse(
            field,
            f"bobot bukan angka: {text!r} (contoh 30 atau 12,5)",
            f"weight is not a number: {text!r} (example 30 or 12.5)",
        )
    if not Decimal(0) < weight <= Decimal(100):
        raise _refuse(
            field,
            f"bobot {text} harus lebih dari 0 dan paling banyak 100",
            f"weight {text} must be above 0 and at most 100",
        )
    return weight


# ---- the forms to choose from -----------------------------------------------------------
def form_choices() -> list[FormChoice]:
    """The shipped forms, by competition then stage order of their ids."""
    return [
        FormChoice(e.form.id, e.form.competition, e.form.title, e.form.stage)
        for e in _forms().shipped_forms()
    ]


def competitions() -> list[str]:
    return sorted({c.competition for c in form_choices()})


def default_categories(competition: str) -> tuple[str, ...]:
    return DEFAULT_CATEGORIES.get(competition, ())


# ---- creating and editing ------------------------------------------------------------
def _form(form_id: str, field: str, catalogue: dict | None = None):  # domain.rubric.Form
    form_id = clean_text(form_id, field, 300, required=True)
    if catalogue is not None and form_id in catalogue:
        return catalogue[form_id]
    try:
        return _forms().find_form(form_id)
    except KeyError as exc:
        raise _refuse(field, str(exc.args[0]), str(exc.args[0])) from None


def _people(draft: EventDraft) -> tuple[store_events.Signatory, ...]:
    out: list[store_events.Signatory] = []
    if draft.chair is not None:
        name = clean_text(draft.chair.name, "chair", MAX_PERSON)
        position = clean_text(draft.chair.position, "chair", MAX_PERSON)
        if position and not name:
            raise _refuse(
                "chair", "jabatan tanpa nama ketua", "a position without the chair's name"
            )
        if name:
            out.append(store_events.Signatory("chair", name, position))
    if len(draft.members) > MAX_MEMBERS:
        raise _refuse(
            "members",
            f"paling banyak {MAX_MEMBERS} anggota",
            f"at most {MAX_MEMBERS} members",
        )
    for n, person in enumerate(draft.members, start=1):
        field = f"members.{n}"
        name = clean_text(person.name, field, MAX_PERSON)
        position = clean_text(person.position, field, MAX_PERSON)
        if not name and not position:
            continue  # an empty row of the dialog
        if not name:
            raise _refuse(
                field, f"anggota {n}: jabatan tanpa nama", f"member {n}: a position without a name"
            )
        out.append(store_events.Signatory("member", name, position))
    return tuple(out)


def _categories(values: tuple[str, ...]) -> tuple[str, ...]:
    if len(values) > MAX_CATEGORIES:
        raise _refuse(
            "categories",
            f"paling banyak {MAX_CATEGORIES} kategori",
            f"at most {MAX_CATEGORIES} categories",
        )
    out: list[str] = []
    for value in values:
        text = clean_text(value, "categories", MAX_CATEGORY)
        if text and text.casefold() not in {c.casefold() for c in out}:
            out.append(text)
    return tuple(out)


def _weights(forms: list, given: list[Decimal | None]) -> list[Decimal]:
    if all(w is None for w in given):
        return _stage_weights(forms, None)
    if any(w is None for w in given):
        raise _refuse(
            "stages",
            "isi bobot setiap tahap, atau kosongkan semuanya",
            "give every stage a weight, or leave them all empty",
        )
    weights = [w for w in given if w is not None]
    total = sum(weights, Decimal(0))
    if total != 100:
        raise _refuse(
            "stages",
            f"bobot tahap berjumlah {total.normalize():f}, bukan 100",
            f"stage weights sum to {total.normalize():f}, not 100",
        )
    return weights


def parse_draft(ws: Workspace, draft: EventDraft, event: store_events.Event | None) -> dict:
    """Every field of ``draft`` checked; the values to write (nothing written)."""
    name = clean_text(draft.name, "name", MAX_NAME, required=True)
    edition = clean_text(draft.edition, "edition", MAX_EDITION)
    place = clean_text(draft.place, "place", MAX_NAME)
    starts_on = parse_date(draft.starts_on, "starts_on")
    ends_on = parse_date(draft.ends_on, "ends_on")
    if ends_on and not starts_on:
        starts_on = ends_on
    if starts_on and not ends_on:
        ends_on = starts_on
    if ends_on < starts_on:
        raise _refuse(
            "ends_on",
            "tanggal selesai sebelum tanggal mulai",
            "the last day is before the first day",
        )
    if not draft.stages:
        raise _refuse("stages", "acara perlu paling sedikit satu tahap", "an event needs a stage")
    if len(draft.stages) > MAX_STAGES:
        raise _refuse("stages", f"paling banyak {MAX_STAGES} tahap", f"at most {MAX_STAGES} stages")
    pinned = {}
    if event is not None:  # the event's own (pinned) forms come first
        for old in event.stages:
            form = load_pinned(ws, old.form_hash)
            pinned[form.id] = form
    catalogue = {e.form.id: e.form for e in _forms().shipped_forms()}  # read once, not per stage
    forms, weights, dates, names = [], [], [], []
    for n, st in enumerate(draft.stages, start=1):
        field = f"stages.{n}"
        key = st.form.strip() if isinstance(st.form, str) else st.form
        forms.append(pinned[key] if key in pinned else _form(st.form, field, catalogue))
        weights.append(parse_weight(st.weight, field))
        dates.append(parse_date(st.date, field))
        names.append(clean_text(st.name, field, MAX_NAME))
    comps = sorted({f.competition for f in forms})
    if len(comps) != 1:
        raise _refuse(
            "stages",
            f"formulir dari lomba yang berbeda: {', '.join(comps)}",
            f"forms of different competitions: {', '.join(comps)}",
        )
    ids = [f.stage for f in forms]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise _refuse(
            "stages",
            f"dua tahap dengan formulir tahap yang sama: {', '.join(dup)}",
            f"two stages of the same form stage: {', '.join(dup)}",
        )
    if (
        event is not None
        and comps[0] != event.competition
        and store_setup.usage(ws, event.id)["submissions"]
    ):
        raise _refuse(
            "stages",
            f"acara ini sudah punya peserta lomba {event.competition}; lombanya tetap",
            f"this event already has {event.competition} submissions; its competition stays",
        )
    return {
        "details": store_setup.EventDetails(
            name,
            edition,
            place,
            starts_on,
            ends_on,
            _categories(tuple(draft.categories)),
            _people(draft),
        ),
        "competition": comps[0],
        "forms": forms,
        "weights": _weights(forms, weights),
        "dates": dates,
        "names": names,
    }


def _specs(
    ws: Workspace, parsed: dict, event: store_events.Event | None
) -> list[store_events.StageSpec]:
    old: dict[str, Stage] = {s.id: s for s in event.stages} if event is not None else {}
    with_sheets = store_setup.stage_sheets(ws, event.id) if event is not None else {}
    specs = []
    for form, weight, day, name in zip(
        parsed["forms"], parsed["weights"], parsed["dates"], parsed["names"], strict=True
    ):
        prev = old.get(form.stage)
        digest = None
        if prev is not None and load_pinned(ws, prev.form_hash).id == form.id:
            digest = prev.form_hash  # the pinned rubric stays (never a silent re-pin)
        elif prev is not None and with_sheets.get(prev.id):
            raise _refuse(
                "stages",
                f"tahap {prev.name} sudah punya {with_sheets[prev.id]} lembar nilai; "
                "formulirnya tidak bisa diganti",
                f"stage {prev.name} already has {with_sheets[prev.id]} score sheets; "
                "its form cannot change",
            )
        specs.append(
            store_events.StageSpec(
                id=form.stage,
                name=name or form.title,
                form_hash=digest or "",
                weight=weight,
                date=day,
            )
        )
    kept = {s.id for s in specs}
    for sid, n in with_sheets.items():
        if sid not in kept and n:
            raise _refuse(
                "stages",
                f"tahap {old[sid].name if sid in old else sid} sudah punya {n} lembar nilai; "
                "tahap itu tidak bisa dihapus",
                f"stage {old[sid].name if sid in old else sid} already has {n} score sheets; "
                "it cannot be removed",
            )
    # only now, every field checked, pin the new forms (pinning is idempotent)
    return [
        s
        if s.form_hash
        else store_events.StageSpec(s.id, s.name, pin_form(ws, f), s.weight, s.date)
        for s, f in zip(specs, parsed["forms"], strict=True)
    ]


def save_event(
    ws: Workspace,
    draft: EventDraft,
    *,
    event_id: str | None = None,
    actor: str = "secretariat",
    sample: bool = False,
) -> str:
    """Create (``event_id`` None) or edit an event from a draft; returns its id.
    All fields are checked before anything is written; one transaction."""
    event = event_of(ws, event_id, EventRefused) if event_id is not None else None
    parsed = parse_draft(ws, draft, event)
    with ws.transaction():
        specs = _specs(ws, parsed, event)
        if event is None:
            eid = store_events.create_event(
                ws,
                parsed["details"].name,
                parsed["competition"],
                specs,
                EventOptions(sample=sample),
            )
        else:
            eid = event.id
            store_setup.set_stages(ws, event, specs, actor)
        store_setup.set_details(ws, eid, parsed["details"], actor)
        if event is not None and parsed["competition"] != event.competition:
            store_setup.set_competition(ws, eid, parsed["competition"], actor)
    return eid


def draft_of(ws: Workspace, event_id: str) -> EventDraft:
    """An existing event as a draft (what the edit dialog shows)."""
    event = event_of(ws, event_id, EventRefused)
    stages = tuple(
        StageDraft(
            form=load_pinned(ws, st.form_hash).id,
            weight=f"{st.weight.normalize():f}",
            date=st.date,
            name=st.name,
        )
        for st in event.stages
    )
    chair = event.chair
    return EventDraft(
        name=event.name,
        stages=stages,
        edition=event.edition,
        place=event.place,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        categories=event.categories,
        chair=PersonDraft(chair.name, chair.position) if chair else None,
        members=tuple(PersonDraft(m.name, m.position) for m in event.members),
    )


def event_usage(ws: Workspace, event_id: str) -> dict[str, int]:
    """Sheets and submissions the event holds (the dialog locks forms with sheets)."""
    return store_setup.usage(ws, event_id)


def stages_with_sheets(ws: Workspace, event_id: str) -> dict[str, int]:
    return store_setup.stage_sheets(ws, event_id)


def create_event(
    ws: Workspace,
    name: str,
    form_ids: list[str],
    *,
    stage_weights: list[Decimal] | None = None,
    options: EventOptions = EventOptions(),
) -> str:
    """A new event with one stage per form; returns its id (the demo and
    scripts; people use ``save_event``).

    Stage weights default to the first form's ``stages`` defaults when the
    forms match them one to one, else equal shares (a single stage: 100).
    """
    if not name.strip():
        raise EventRefused(t("acara perlu nama", "the event needs a name"), field="name")
    if not form_ids:
        raise EventRefused(
            t("acara perlu paling sedikit satu --form", "the event needs at least one --form"),
            field="stages",
        )
    forms = [_form(fid, "stages") for fid in form_ids]
    competitions = {f.competition for f in forms}
    if len(competitions) != 1:
        raise EventRefused(
            t(
                f"formulir dari lomba yang berbeda: {', '.join(sorted(competitions))}",
                f"forms of different competitions: {', '.join(sorted(competitions))}",
            ),
            field="stages",
        )
    weights = _stage_weights(forms, stage_weights)
    specs = []
    for form, weight in zip(forms, weights, strict=True):
        digest = pin_form(ws, form)
        specs.append(
            store_events.StageSpec(id=form.stage, name=form.title, form_hash=digest, weight=weight)
        )
    ids = [s.id for s in specs]
    if len(set(ids)) != len(ids):
        raise EventRefused(
            t(f"dua tahap dengan id yang sama: {ids}", f"two stages with the same id: {ids}"),
            field="stages",
        )
    return store_events.create_event(ws, name.strip(), forms[0].competition, specs, options)


def _stage_weights(forms: list, given: list[Decimal] | None) -> list[Decimal]:
    if given:
        if len(given) != len(forms):
            raise EventRefused(
                t(
                    f"{len(given)} bobot tahap untuk {len(forms)} tahap",
                    f"{len(given)} stage weights for {len(forms)} stages",
                ),
                field="stages",
            )
        if sum(given, Decimal(0)) != 100:
            raise EventRefused(
                t(
                    f"bobot tahap berjumlah {sum(given, Decimal(0))}, bukan 100",
                    f"stage weights sum to {sum(given, Decimal(0))}, not 100",
                ),
                field="stages",
            )
        return list(given)
    if len(forms) == 1:
        return [Decimal(100)]
    defaults = {s.id: s.weight for s in forms[0].stages}
    if defaults and all(f.stage in defaults for f in forms):
        picked = [defaults[f.stage] for f in forms]
        if sum(picked, Decimal(0)) == 100:
            return picked
    share = Decimal(100) / len(forms)
    out = [share.quantize(Decimal("0.0001")) for _ in forms]
    out[-1] = Decimal(100) - sum(out[:-1], Decimal(0))
    return out


def list_events(ws: Workspace) -> list[store_events.Event]:
    return store_events.list_events(ws)

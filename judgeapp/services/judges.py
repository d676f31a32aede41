"""The judges of an event at the secretariat: add (a name held twice is
refused), edit, remove — a judge who has scored is retired, never deleted —
and import a list from CSV or XLSX, all or nothing.

The list file is hostile until parsed: read through the bounded readers
(``services.reading`` for CSV, ``services.xlsx_read`` for XLSX), every row
checked (name, role, profile fields, duplicates in the file and in the event)
before anything is written; the first refused row is named with the file, its
row and column, and the reason, and nothing is written. Refusals raise
``JudgeRefused`` with a message in the user's language.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from judgeapp.domain import bounds
from judgeapp.domain.judges import NewJudge
from judgeapp.domain.safeparse import InputRefused
from judgeapp.i18n import t
from judgeapp.services import xlsx_read
from judgeapp.services.reading import read_regular_file
from judgeapp.services.setup import ROLES, SetupRefused, event_of, judge_of
from judgeapp.store import events as store_events
from judgeapp.store import judges as store_judges
from judgeapp.store.db import Workspace
from judgeapp.store.events import Judge as Judge
from judgeapp.store.judges import JudgeWork as JudgeWork

MAX_JUDGES = 2000  # rows of a list file (a national event has a few hundred)
MAX_COLUMNS = 32
MAX_FIELD_CHARS = bounds.MAX_NAME_CHARS

# header words (lower case) → field; Indonesian and English
HEADERS = {
    "name": "name",
    "nama": "name",
    "nama juri": "name",
    "role": "role",
    "peran": "role",
    "province": "province",
    "provinsi": "province",
    "institution": "institution",
    "instansi": "institution",
    "lembaga": "institution",
    "id": "id",
}


class JudgeRefused(SetupRefused):
    """A request about judges refused (message for the user)."""


@dataclass(frozen=True)
class Removal:
    judge_id: str
    name: str
    retired: bool  # True: kept as retired (had scored); False: deleted
    sheets: int
    files: int
    dropped_assignments: int = 0


@dataclass(frozen=True)
class ImportedList:
    file: str
    judge_ids: tuple[str, ...]


# ---- names ---------------------------------------------------------------------------
def clean_name(text: str) -> str:
    """Spaces collapsed; refused when empty, too long or holding control characters."""
    name = " ".join(str(text).split())
    if not name:
        raise JudgeRefused(t("nama juri kosong", "the judge needs a name"))
    if len(name) > MAX_FIELD_CHARS:
        raise JudgeRefused(
            t(
                f"nama terlalu panjang: {len(name)} karakter (paling banyak {MAX_FIELD_CHARS})",
                f"name too long: {len(name)} characters (at most {MAX_FIELD_CHARS})",
            )
        )
    _plain(name)
    if name[0] in "=+@-":
        raise JudgeRefused(
            t(
                f"nama tidak boleh diawali {name[0]!r} (dibaca sebagai rumus di lembar kerja)",
                f"a name must not start with {name[0]!r} (read as a formula in a spreadsheet)",
            )
        )
    return name


def _plain(text: str) -> None:
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise JudgeRefused(
                t(
                    f"karakter kendali atau tak terlihat U+{ord(ch):04X} tidak boleh",
                    f"control or invisible character U+{ord(ch):04X} not allowed",
                )
            )


def _field(text: str, what: str) -> str:
    value = " ".join(str(text).split())
    if len(value) > MAX_FIELD_CHARS:
        raise JudgeRefused(
            t(
                f"{what} terlalu panjang: {len(value)} karakter (paling banyak {MAX_FIELD_CHARS})",
                f"{what} too long: {len(value)} characters (at most {MAX_FIELD_CHARS})",
            )
        )
    _plain(value)
    if value and value[0] in "=+@":
        raise JudgeRefused(
            t(
                f"{what} tidak boleh diawali {value[0]!r} (dibaca sebagai rumus di lembar kerja)",
                f"{what} must not start with {value[0]!r} (read as a formula in a spreadsheet)",
            )
        )
    return value


def _key(name: str) -> str:
    return unicodedata.normalize("NFKC", " ".join(name.split())).casefold()


def clean_role(text: str) -> str:
    role = str(text).strip()
    if not role:
        return "TPI"
    for known in ROLES:
        if role.casefold() == known.casefold():
            return known
    raise JudgeRefused(
        t(f"peran tidak dikenal: {role!r}", f"unknown role: {role!r}") + f" ({', '.join(ROLES)})"
    )


def _same_name(ws: Workspace, event_id: str, name: str, other_than: str = "") -> Judge | None:
    key = _key(name)
    for j in store_judges.all_judges(ws, event_id):
        if j.id != other_than and _key(j.name) == key:
            return j
    return None


def _duplicate(existing: Judge) -> str:
    if existing.retired_at:
        return t(
            f"sudah ada juri bernama {existing.name!r} (id {existing.id}, sudah"
            " dinonaktifkan); beri nama yang membedakan, misalnya dengan gelar atau instansi",
            f"a judge named {existing.name!r} already exists (id {existing.id}, retired);"
            " give a name that tells them apart, e.g. with a title or institution",
        )
    return t(
        f"sudah ada juri bernama {existing.name!r} (id {existing.id}); beri nama yang"
        " membedakan, misalnya dengan gelar atau instansi",
        f"a judge named {existing.name!r} already exists (id {existing.id}); give a name"
        " that tells them apart, e.g. with a title or institution",
    )


def _clean_id(text: str) -> str | None:
    jid = str(text).strip()
    if not jid:
        return None
    if store_events.slugify(jid) != jid:
        raise JudgeRefused(
            t(
                f"id tidak sah: {jid!r} (huruf kecil, angka dan tanda hubung)",
                f"invalid id: {jid!r} (lower-case letters, digits and hyphens)",
            )
        )
    return jid


# ---- one judge -----------------------------------------------------------------------
def add_judge(ws: Workspace, event_id: str, judge: NewJudge, *, actor: str = "secretariat") -> str:
    """A new judge of the event; returns the id. A name the event already
    holds (spaces and case aside, retired judges too) is refused, and so is an
    id already taken — never silently made ``…-2`` or overwritten."""
    event_of(ws, event_id, JudgeRefused)
    clean = _new(ws, event_id, judge)
    existing = _same_name(ws, event_id, clean.name)
    if existing is not None:
        raise JudgeRefused(_duplicate(existing))
    return store_judges.add_judges(ws, event_id, [clean], actor)[0]


def _new(ws: Workspace, event_id: str, judge: NewJudge) -> NewJudge:
    clean = clean_name(judge.name)
    jid = _clean_id(judge.judge_id or "")
    if jid is not None and store_judges.judge_has_id(ws, event_id, jid):
        raise JudgeRefused(
            t(f"id juri {jid!r} sudah dipakai di acara ini", f"judge id {jid!r} is already taken")
        )
    return NewJudge(
        clean,
        clean_role(judge.role),
        _field(judge.province, t("provinsi", "province")),
        _field(judge.institution, t("instansi", "institution")),
        jid,
    )


def edit_judge(
    ws: Workspace,
    event_id: str,
    judge_id: str,
    changes: dict[str, str | None],
    *,
    actor: str = "secretariat",
) -> list[str]:
    """Change a judge's name, role or profile (``changes`` by field of
    ``store.judges.PROFILE``; a field absent or ``None``: unchanged); returns
    the fields changed. Renaming to another judge's name is refused. The id —
    in bundles, score files and the history — never changes."""
    event_of(ws, event_id, JudgeRefused)
    judge_of(ws, event_id, judge_id, JudgeRefused)
    unknown = sorted(set(changes) - set(store_judges.PROFILE))
    if unknown:
        raise ValueError(f"not a judge's field: {', '.join(unknown)}")
    clean: dict[str, str] = {}
    name = changes.get("name")
    if name is not None:
        clean["name"] = clean_name(name)
        existing = _same_name(ws, event_id, clean["name"], other_than=judge_id)
        if existing is not None:
            raise JudgeRefused(_duplicate(existing))
    role = changes.get("role")
    if role is not None:
        clean["role"] = clean_role(role)
    for key, what in (
        ("province", t("provinsi", "province")),
        ("institution", t("instansi", "institution")),
    ):
        value = changes.get(key)
        if value is not None:
            clean[key] = _field(value, what)
    return store_judges.update_judge(ws, event_id, judge_id, clean, actor)


def judges(ws: Workspace, event_id: str, *, retired: bool = True) -> list[JudgeWork]:
    """The event's judges by name, with ``sheets`` and ``files`` counts;
    retired ones too unless ``retired=False``."""
    event_of(ws, event_id, JudgeRefused)
    out = []
    for j in store_judges.all_judges(ws, event_id):
        if j.retired_at and not retired:
            continue
        sheets, files = store_judges.work_of(ws, event_id, j.id)
        out.append(JudgeWork(**vars(j), sheets=sheets, files=files))
    return out


def removal_of(ws: Workspace, event_id: str, judge_id: str) -> Removal:
    """What removing the judge would do (nothing is written): retire when they
    have any sheet or score file, delete otherwise."""
    j = judge_of(ws, event_id, judge_id, JudgeRefused)
    sheets, files = store_judges.work_of(ws, event_id, judge_id)
    return Removal(judge_id, j.name, bool(sheets or files), sheets, files)


def remove_judge(
    ws: Workspace, event_id: str, judge_id: str, reason: str = "", actor: str = "secretariat"
) -> Removal:
    """Remove a judge: deleted when they never scored, otherwise retired —
    their sheets, score files and history kept, their open assignments
    dropped — with a history row either way. Retiring needs a reason."""
    plan = removal_of(ws, event_id, judge_id)
    j = judge_of(ws, event_id, judge_id, JudgeRefused)
    if plan.retired:
        if j.retired_at:
            raise JudgeRefused(
                t(
                    f"{j.name} sudah dinonaktifkan sejak {j.retired_at[:10]}",
                    f"{j.name} has been retired since {j.retired_at[:10]}",
                )
            )
        if not reason.strip():
            raise JudgeRefused(
                t(
                    f"{j.name} sudah menilai ({plan.sheets} lembar): ia dinonaktifkan, tidak"
                    " dihapus, dan alasannya wajib diisi",
                    f"{j.name} has scored ({plan.sheets} sheets): they are retired, not"
                    " deleted, and a reason is required",
                )
            )
        dropped = store_judges.retire_judge(ws, event_id, judge_id, reason.strip(), actor)
        return Removal(judge_id, j.name, True, plan.sheets, plan.files, dropped)
    store_judges.delete_judge(ws, event_id, judge_id, reason.strip(), actor)
    return plan


def reinstate_judge(
    ws: Workspace, event_id: str, judge_id: str, reason: str, actor: str = "secretariat"
) -> None:
    j = judge_of(ws, event_id, judge_id, JudgeRefused)
    if not j.retired_at:
        raise JudgeRefused(t(f"{j.name} tidak dinonaktifkan", f"{j.name} is not retired"))
    if not reason.strip():
        raise JudgeRefused(t("alasan wajib diisi", "a reason is required"))
    store_judges.reinstate_judge(ws, event_id, judge_id, reason.strip(), actor)


# ---- a list from CSV or XLSX ---------------------------------------------------------------
def _refused(name: str, place: str, reason: str) -> JudgeRefused:
    return JudgeRefused(reason, file=name, place=place)


def _row_place(row: int, column: str = "") -> str:
    return t(f"baris {row}", f"row {row}") + (f", {column}" if column else "")


def _col(index: int) -> str:
    """``kolom B`` for the 0-based column index."""
    return t("kolom ", "column ") + xlsx_read.column_letter(index + 1)


def _xlsx_rows(path: Path) -> list[tuple[int, list[str]]]:
    name = path.name
    try:
        sheet = xlsx_read.read_sheet(
            path, max_rows=MAX_JUDGES + 1, max_cols=MAX_COLUMNS, label=name
        )
    except xlsx_read.SheetRefused as exc:
        raise _refused(name, exc.place or "<file>", exc.reason) from None
    if sheet.outside is not None:
        row, col = sheet.outside
        raise _refused(
            name,
            _row_place(row, _col(col - 1)),
            t(
                f"terlalu banyak baris atau kolom (paling banyak {MAX_JUDGES} juri dan"
                f" {MAX_COLUMNS} kolom)",
                f"too many rows or columns (at most {MAX_JUDGES} judges and {MAX_COLUMNS} columns)",
            ),
        )
    by_row: dict[int, dict[int, str]] = {}
    for (row, col), cell in sorted(sheet.cells.items()):
        letter = _col(col - 1)
        if cell.kind == "e" or (cell.formula is not None and cell.value is None):
            raise _refused(
                name,
                _row_place(row, letter),
                t("sel berisi galat atau rumus tanpa nilai", "an error or a formula with no value"),
            )
        value = cell.value
        if isinstance(value, bool) or value is None:
            text = "" if value is None else str(value)
        elif isinstance(value, float) and value == int(value):
            text = str(int(value))
        else:
            text = str(value)
        by_row.setdefault(row, {})[col] = text
    return [
        (row, [cols.get(c, "") for c in range(1, max(cols) + 1)])
        for row, cols in sorted(by_row.items())
    ]


def _csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    name = path.name
    try:
        data = read_regular_file(path, bounds.MAX_CSV_BYTES)
    except InputRefused as exc:
        raise _refused(name, exc.place or "<file>", exc.reason) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refused(name, f"byte {exc.start}", t("bukan UTF-8", "not UTF-8")) from None
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    out: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    try:
        for record in reader:
            row = len(out) + 1
            if row > MAX_JUDGES + 1:
                raise _refused(
                    name,
                    _row_place(row),
                    t(
                        f"terlalu banyak baris (paling banyak {MAX_JUDGES} juri)",
                        f"too many rows (at most {MAX_JUDGES} judges)",
                    ),
                )
            if len(record) > MAX_COLUMNS:
                raise _refused(
                    name,
                    _row_place(row),
                    t(
                        f"terlalu banyak kolom (paling banyak {MAX_COLUMNS})",
                        f"too many columns (at most {MAX_COLUMNS})",
                    ),
                )
            out.append((row, record))
    except csv.Error as exc:
        raise _refused(
            name, _row_place(len(out) + 1), t(f"CSV tidak sah ({exc})", f"invalid CSV ({exc})")
        ) from None
    return out


def read_judge_list(
    path: Path | str,
) -> tuple[dict[str, str], list[tuple[int, dict[str, str]]]]:
    """The columns ({field: "B (peran)"}) and (row number, {field: text}) of a
    judge list; the header row names the columns (nama/name, peran/role,
    provinsi/province, instansi/institution, id)."""
    path = Path(path)
    name = path.name
    if path.suffix.lower() == ".xlsx":
        raw = _xlsx_rows(path)
    elif path.suffix.lower() in (".csv", ".txt"):
        raw = _csv_rows(path)
    else:
        raise _refused(
            name,
            "<file>",
            t("bukan berkas .csv atau .xlsx", "not a .csv or .xlsx file"),
        )
    if not raw:
        raise _refused(name, _row_place(1), t("berkas kosong", "empty file"))
    header_row, header = raw[0]
    fields: dict[int, str] = {}
    for i, h in enumerate(header):
        key = " ".join(str(h).split()).casefold()
        if not key:
            continue
        field = HEADERS.get(key)
        if field is None:
            raise _refused(
                name,
                _row_place(header_row, _col(i)),
                t(
                    f"kolom tidak dikenal: {str(h)[:60]!r} (dikenal: nama, peran, provinsi,"
                    " instansi, id)",
                    f"unknown column: {str(h)[:60]!r} (known: name, role, province,"
                    " institution, id)",
                ),
            )
        if field in fields.values():
            raise _refused(
                name,
                _row_place(header_row, _col(i)),
                t(f"kolom {field} muncul dua kali", f"column {field} appears twice"),
            )
        fields[i] = field
    if "name" not in fields.values():
        raise _refused(
            name,
            _row_place(header_row),
            t("kolom nama (name) tidak ada", "the name column (nama) is missing"),
        )
    rows = []
    for n, record in raw[1:]:
        if not any(str(c).strip() for c in record):
            continue
        extra = [c for i, c in enumerate(record) if i not in fields and str(c).strip()]
        if extra:
            raise _refused(
                name,
                _row_place(n),
                t("isian di kolom tanpa judul", "a value in a column with no header"),
            )
        rows.append((n, {f: (record[i] if i < len(record) else "") for i, f in fields.items()}))
    if not rows:
        raise _refused(name, _row_place(header_row + 1), t("tidak ada juri", "no judges listed"))
    columns = {f: f"{_col(i)} ({str(header[i]).strip()})" for i, f in fields.items()}
    return columns, rows


def parse_judge_list(ws: Workspace, event_id: str, path: Path | str) -> list[NewJudge]:
    """Every row of the list checked against the rules and the event;
    ``JudgeRefused`` naming the first refused row otherwise."""
    path = Path(path)
    name = path.name
    event_of(ws, event_id, JudgeRefused)
    seen: dict[str, int] = {}
    seen_ids: dict[str, int] = {}
    out: list[NewJudge] = []
    columns, rows = read_judge_list(path)
    for n, row in rows:
        column = ""
        try:
            column = "name"
            clean = clean_name(row.get("name", ""))
            column = "role"
            role = clean_role(row.get("role", ""))
            column = "province"
            province = _field(row.get("province", ""), t("provinsi", "province"))
            column = "institution"
            institution = _field(row.get("institution", ""), t("instansi", "institution"))
            column = "id"
            jid = _clean_id(row.get("id", ""))
        except JudgeRefused as exc:
            raise _refused(name, _row_place(n, columns.get(column, "")), exc.reason) from None
        key = _key(clean)
        if key in seen:
            raise _refused(
                name,
                _row_place(n, columns["name"]),
                t(
                    f"{clean!r} sudah ada di baris {seen[key]} berkas ini",
                    f"{clean!r} is already on row {seen[key]} of this file",
                ),
            )
        existing = _same_name(ws, event_id, clean)
        if existing is not None:
            raise _refused(name, _row_place(n, columns["name"]), _duplicate(existing))
        if jid is not None:
            if jid in seen_ids or store_judges.judge_has_id(ws, event_id, jid):
                raise _refused(
                    name,
                    _row_place(n, columns["id"]),
                    t(f"id juri {jid!r} sudah dipakai", f"judge id {jid!r} is already taken"),
                )
            seen_ids[jid] = n
        seen[key] = n
        out.append(NewJudge(clean, role, province, institution, jid))
    return out


def import_judges(
    ws: Workspace, event_id: str, path: Path | str, actor: str = "secretariat"
) -> ImportedList:
    """Add every judge of a CSV/XLSX list in one transaction, or none."""
    new = parse_judge_list(ws, event_id, path)
    ids = store_judges.add_judges(ws, event_id, new, actor)
    return ImportedList(Path(path).name, tuple(ids))

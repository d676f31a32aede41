"""``judgeapp verify WORKSPACE``: is this workspace what JudgeApp wrote?

Each check gives findings that name what changed:

* SQLite's own integrity and foreign-key checks;
* the history: its SHA-256 chain and every signed checkpoint
  (``store.history.verify_history``) — an edited, rewritten, truncated or
  extended history fails, saying from which checkpoint;
* the tables against the history: every score, text and status a sheet holds
  must be the value the history last recorded for it (an ``UPDATE`` behind the
  app's back leaves no history row);
* the ranking's copy of the scores (``sheets.scores_json``) against the scores;
* every sheet that came from a signed score file against the file the
  secretariat kept: signature, the judge's registered key, and each score,
  text, status and revision;
* each judge's registered key against the one the history registered;
* the backups: each one's newest checkpoint must still be in the workspace.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from judgeapp.domain.exchange import ScorePayload, fingerprint, is_private_field, verify_score_file
from judgeapp.i18n import t
from judgeapp.store import audit, history_rows
from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace, WorkspaceError
from judgeapp.store.integrity import foreign_key_problems, integrity_check

MAX_SHOWN = 12
REDACTED = "[private note removed]"  # migration 0017's words for a removed private note


@dataclass(frozen=True)
class Finding:
    ok: bool
    check: str
    detail: str


def _name(sheets: dict[str, audit.DescribedSheet], sheet_id: str) -> str:
    """A sheet in words (a sheet the tables no longer hold by its id)."""
    sheet = sheets.get(sheet_id)
    stage, region, judge = (
        ("?", sheet_id, "?") if sheet is None else (sheet.stage_id, sheet.region, sheet.judge_id)
    )
    return t(f"lembar {stage}/{region} juri {judge}", f"sheet {stage}/{region} of judge {judge}")


def _same(a: str | None, b: str | None, kind: str) -> bool:
    if kind == "score" and a is not None and b is not None:
        try:
            return Decimal(a) == Decimal(b)
        except InvalidOperation:
            return a == b
    return a == b


def _outcome(name: str, problems: list[str], ok: str) -> list[Finding]:
    """The problems found (at most ``MAX_SHOWN`` and a count), or the one ``ok`` finding."""
    if not problems:
        return [Finding(True, name, ok)]
    return [Finding(False, name, p) for p in _capped(problems)]


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_SHOWN:
        return problems
    more = len(problems) - MAX_SHOWN
    return [*problems[:MAX_SHOWN], t(f"… dan {more} lainnya", f"… and {more} more")]


def check_against_history(ws: Workspace, sheets: dict[str, audit.DescribedSheet]) -> list[str]:
    recorded = audit.last_recorded(ws)
    held = audit.held_values(ws)
    problems = []
    for slot in sorted(set(recorded) | set(held)):
        sid, kind, target = slot
        now_value = held.get(slot)
        rec = recorded.get(slot)
        if rec is None:
            if kind == "status" and now_value == "open":
                continue  # a new sheet starts open without a history row
            was, row = None, None
        else:
            was, row = rec
            if kind == "text" and was == REDACTED:
                was = None  # a private note removed at the secretariat
            if kind == "text" and was == "":
                was = None  # a cleared text has no row
        if _same(now_value, was, kind):
            continue
        shown_now = "—" if now_value is None else now_value
        what = f"{kind} {target}" if target else kind
        shown_was = (t("tidak ada", "nothing") if was is None else was) + (
            t(f" (baris {row})", f" (row {row})") if row else t(" (tanpa baris)", " (no row)")
        )
        problems.append(
            t(
                f"{_name(sheets, sid)}: {what} berisi {shown_now}, riwayat terakhir"
                f" mencatat {shown_was} — diubah di luar JudgeApp",
                f"{_name(sheets, sid)}: {what} holds {shown_now}, the history last"
                f" recorded {shown_was} — changed outside JudgeApp",
            )
        )
    return problems


def _file_sheets(body: str, registered_key: str) -> tuple[dict | None, str, bool]:
    """(sheets by (stage, submission), problem, redacted) of a kept score file."""
    try:
        doc = json.loads(body)
    except ValueError:
        return None, t("salinan berkas tidak terbaca", "the kept file is unreadable"), False
    redacted = bool(isinstance(doc, dict) and doc.get("redacted"))
    if redacted:
        try:
            payload = ScorePayload.model_validate(doc["payload"])
        except (KeyError, TypeError, ValueError):
            return None, t("salinan berkas rusak", "the kept file is damaged"), True
    else:
        raw = body.encode("utf-8")
        v = verify_score_file(raw if raw.endswith(b"\n") else raw + b"\n", "score_files")
        if not v.ok or v.payload is None:
            bad = v.failure
            return (
                None,
                t("salinan berkas bertanda tangan gagal diperiksa", "the kept signed file fails")
                + (f": {bad.name}: {bad.detail}" if bad else ""),
                False,
            )
        payload = v.payload
        if registered_key and payload.public_key != registered_key:
            return (
                None,
                t(
                    f"berkas ditandatangani kunci {fingerprint(payload.public_key)}, bukan kunci"
                    " terdaftar juri",
                    f"the file is signed by key {fingerprint(payload.public_key)}, not the"
                    " judge's registered key",
                ),
                False,
            )
    return {(sh.stage, sh.submission): sh for sh in payload.shared_sheets()}, "", redacted


def check_against_files(
    ws: Workspace, sheets: dict[str, audit.DescribedSheet]
) -> tuple[list[str], int]:
    """Problems, and how many sheets were checked against a signed file."""
    bodies = audit.current_file_bodies(ws)
    keys = {(j.event_id, j.judge_id): j.public_key or "" for j in audit.judge_keys(ws)}
    held = audit.held_values(ws)
    parsed: dict[tuple[str, str], tuple[dict | None, str, bool]] = {}
    problems: list[str] = []
    checked = 0
    for sid, sheet in sorted(sheets.items()):
        if sheet.source != "file":
            continue
        who = (sheet.event_id, sheet.judge_id)
        if who not in bodies:
            problems.append(
                _name(sheets, sid)
                + ": "
                + t(
                    "berasal dari berkas bertanda tangan, tetapi berkasnya tidak ada",
                    "came from a signed file, but the file is not kept",
                )
            )
            continue
        if who not in parsed:
            parsed[who] = _file_sheets(bodies[who][1], keys.get(who, ""))
        entries, problem, _redacted = parsed[who]
        if entries is None:
            problems.append(f"{_name(sheets, sid)}: {problem}")
            continue
        entry = entries.get((sheet.stage_id, sheet.submission_id))
        if entry is None:
            problems.append(
                _name(sheets, sid)
                + ": "
                + t("tidak ada di berkas bertanda tangan", "not in the signed file")
            )
            continue
        checked += 1
        want: dict[tuple[str, str], str] = {("score", k): v for k, v in entry.scores.items()}
        for x in entry.texts:
            if x.value != "" and not is_private_field(x.field):
                want[("text", f"{x.target}/{x.field}")] = x.value
        want[("status", "")] = entry.status
        have = {(k, tg): v for (s, k, tg), v in held.items() if s == sid}
        for slot in sorted(set(want) | set(have)):
            kind, target = slot
            a, b = have.get(slot), want.get(slot)
            if not _same(a, b, kind):
                problems.append(
                    t(
                        f"{_name(sheets, sid)}: {kind} {target} berisi {a if a is not None else '—'},"
                        f" berkas bertanda tangan {b if b is not None else '—'}",
                        f"{_name(sheets, sid)}: {kind} {target} holds {a if a is not None else '—'},"
                        f" the signed file says {b if b is not None else '—'}",
                    )
                )
        if sheet.revision != entry.revision:
            problems.append(
                t(
                    f"{_name(sheets, sid)}: revisi {sheet.revision}, berkas bertanda tangan"
                    f" {entry.revision}",
                    f"{_name(sheets, sid)}: revision {sheet.revision}, the signed file says"
                    f" {entry.revision}",
                )
            )
    return problems, checked


def check_keys(ws: Workspace) -> list[str]:
    out = []
    for j in audit.judge_keys(ws):
        if (j.fingerprint or None) != (j.recorded or None):
            out.append(
                t(
                    f"kunci juri {j.judge_id} ({j.event_id}) tercatat {j.fingerprint or '—'},"
                    f" riwayat mendaftarkan {j.recorded or '—'}",
                    f"judge {j.judge_id} ({j.event_id}) holds key {j.fingerprint or '—'},"
                    f" the history registered {j.recorded or '—'}",
                )
            )
        elif j.public_key and fingerprint(j.public_key) != j.fingerprint:
            out.append(
                t(
                    f"kunci juri {j.judge_id} tidak cocok dengan sidik jarinya",
                    f"judge {j.judge_id}'s key does not match its fingerprint",
                )
            )
    return out


def check_backups(ws: Workspace) -> list[str]:
    out = []
    for path, row in audit.backup_checkpoints(ws):
        if row is None:
            continue
        seq, _hid, body, signature = row
        held = store_history.checkpoint_by_seq(ws, int(seq))
        if held is None or held.body != body or held.signature != signature:
            out.append(
                t(
                    f"cadangan {path.name} memuat titik periksa {seq} yang tidak lagi ada"
                    " (atau berbeda) di ruang kerja — riwayat dipotong atau ditulis ulang"
                    " sesudah cadangan itu",
                    f"backup {path.name} holds checkpoint {seq}, which the workspace no longer"
                    " has (or has otherwise) — the history was cut back or rewritten after"
                    " that backup",
                )
            )
    return out


# ---- reports: the state they were printed from ------------------------------------------
def anchor_report(
    ws: Workspace, kind: str, event_id: str, fingerprint_: str, actor: str = "secretariat"
) -> dict | None:
    """Record the printing of a report (its data fingerprint) in the history —
    which signs a checkpoint — and return that checkpoint for the report to
    carry. On a full disk the report carries the newest checkpoint there is."""
    try:
        with ws.transaction():
            store_history.append(
                ws, "report", actor=actor, event_id=event_id, target=kind, new=fingerprint_
            )
    except WorkspaceError:
        pass
    cp = store_history.latest_checkpoint(ws)
    return cp.as_anchor() if cp else None


def check_report_anchor(ws: Workspace, anchor: dict, fingerprint_: str) -> list[Finding]:
    """Is the checkpoint a report carries still in this workspace, signed the
    same, vouching for the row that recorded this report, with the history
    still giving its head?"""
    name = t("titik periksa riwayat", "history checkpoint")
    try:
        seq, hid, head = int(anchor["seq"]), int(anchor["history_id"]), str(anchor["head"])
        signature = str(anchor["signature"])
    except (KeyError, TypeError, ValueError):
        return [Finding(False, name, t("data titik periksa rusak", "checkpoint data damaged"))]
    held = store_history.checkpoint_by_seq(ws, seq)
    if held is None:
        return [
            Finding(
                False,
                name,
                t(
                    f"titik periksa {seq} yang tercetak tidak ada di ruang kerja — riwayatnya"
                    " dipotong atau ini ruang kerja lain",
                    f"the printed checkpoint {seq} is not in the workspace — its history was cut"
                    " back, or this is another workspace",
                ),
            )
        ]
    if held.signature != signature or held.head != head or held.history_id != hid:
        return [
            Finding(
                False,
                name,
                t(
                    f"titik periksa {seq} di ruang kerja berbeda dari yang tercetak — riwayat"
                    " ditulis ulang sesudah laporan dicetak",
                    f"the workspace's checkpoint {seq} differs from the printed one — the history"
                    " was rewritten after the report was printed",
                ),
            )
        ]
    out = []
    recorded = history_rows.row(ws, hid)
    if recorded is not None and recorded.action == "report":
        same = recorded.new == fingerprint_
        out.append(
            Finding(
                same,
                name,
                t(
                    f"riwayat mencatat pencetakan laporan ini (baris {hid})",
                    f"the history recorded the printing of this report (row {hid})",
                )
                if same
                else t(f"baris {hid} mencatat laporan lain", f"row {hid} records another report"),
            )
        )
    chain = store_history.verify_history(ws, anchors=[(held.describe(), hid, head)])
    bad = [p for p in chain.problems if held.describe() in p]
    out.append(
        Finding(
            not bad,
            name,
            bad[0]
            if bad
            else t(
                f"riwayat masih memuat {held.describe()}, bertanda tangan kunci {held.key}",
                f"the history still holds {held.describe()}, signed by key {held.key}",
            ),
        )
    )
    return out


def verify_workspace(ws: Workspace) -> list[Finding]:
    """Every finding, in order; the workspace checks out when all are ok."""
    out: list[Finding] = []
    integrity = integrity_check(ws)
    out.append(Finding(integrity == "ok", "integrity_check", integrity))
    fks = foreign_key_problems(ws)
    out.append(Finding(not fks, "foreign_key_check", str(fks)))
    chain = store_history.verify_history(ws)
    name = t("riwayat", "history")
    if chain.ok:
        out.append(
            Finding(
                True,
                name,
                t(
                    f"{chain.rows} baris, rantai hash utuh, {chain.checkpoints} titik periksa"
                    f" bertanda tangan sah ({chain.head[:16]})",
                    f"{chain.rows} rows, hash chain intact, {chain.checkpoints} signed"
                    f" checkpoints valid ({chain.head[:16]})",
                ),
            )
        )
    else:
        out.extend(Finding(False, name, p) for p in chain.problems)
    sheets = audit.sheets_described(ws)
    name = t("nilai dan riwayat", "values and history")
    problems = check_against_history(ws, sheets)
    out.extend(
        _outcome(
            name,
            problems,
            t(
                f"{len(sheets)} lembar: setiap nilai, teks dan status sama dengan yang"
                " terakhir dicatat riwayat",
                f"{len(sheets)} sheets: every score, text and status is what the history"
                " last recorded",
            ),
        )
    )
    copies = audit.scores_json_mismatches(ws)
    name = t("salinan nilai untuk peringkat", "scores copy for the ranking")
    out.extend(
        Finding(
            False,
            name,
            _name(sheets, sid) + t(": berbeda dari nilai butir", ": differs from the item scores"),
        )
        for sid in copies[:MAX_SHOWN]
    )
    if not copies:
        out.append(Finding(True, name, t("sama dengan nilai butir", "equal to the item scores")))
    name = t("berkas bertanda tangan", "signed files")
    problems, checked = check_against_files(ws, sheets)
    out.extend(
        _outcome(
            name,
            problems,
            t(
                f"{checked} lembar dari berkas nilai bertanda tangan sama dengan berkasnya",
                f"{checked} sheets from signed score files equal their files",
            ),
        )
    )
    name = t("kunci juri", "judges' keys")
    problems = check_keys(ws)
    out.extend(Finding(False, name, p) for p in problems)
    if not problems:
        out.append(Finding(True, name, t("sesuai riwayat", "as the history registered them")))
    name = t("cadangan", "backups")
    problems = check_backups(ws)
    out.extend(Finding(False, name, p) for p in problems)
    if not problems:
        out.append(
            Finding(
                True,
                name,
                t(
                    "titik periksa setiap cadangan ada di ruang kerja",
                    "every backup's checkpoint is in the workspace",
                ),
            )
        )
    return out

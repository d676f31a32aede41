"""Files that travel between the secretariat and the judges (no I/O here).

Two formats, both documented in ``docs/score-files.md``:

* the **signed score file** (``judgeapp.scores/2``; ``/1`` still read): one JSON document
  ``{"payload": {...}, "signature": "<base64>"}`` written in canonical form
  (sorted keys, no insignificant whitespace, one trailing newline). The
  signature is Ed25519 over the format line and ``canonical_json(payload)``. A
  file is accepted only when its bytes are exactly the canonical form of what
  they decode to, so *any* altered byte is detected: either the JSON breaks, the
  canonical form changes, or the signature no longer matches. Format 2 never
  holds the judge's private notes (``PRIVATE_FIELDS``) and carries the judge
  workspace's history head and the bundle's enrolment proof.
* the **judge bundle** (``judgeapp.bundle/1``): a zip whose ``bundle.json``
  lists the event, the pinned forms, the judge's submissions with their
  documents and the schedule, and the SHA-256 of every other member.

``verify_score_file`` returns every check it made, in order, so the command
line can explain itself line by line.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)

from judgeapp.domain import bounds
from judgeapp.domain.rubric import canonical_json
from judgeapp.domain.safeparse import InputRefused, field_reason, load_json
from judgeapp.errors import Refused
from judgeapp.i18n import t

SCORE_FORMAT = "judgeapp.scores/2"  # what this app writes
SCORE_FORMAT_V1 = "judgeapp.scores/1"  # still read: its private notes are dropped
SCORE_FORMATS = (SCORE_FORMAT_V1, SCORE_FORMAT)
BUNDLE_FORMAT = "judgeapp.bundle/1"
SIGNING_PREFIX = b"judgeapp.scores/1\n"  # format 1; format 2 signs "judgeapp.scores/2\n"
# Text fields that are the judge's alone ("Catatan (hanya untuk Anda)"): never
# in a score file of format 2, never stored, shown or exported at the
# secretariat (a format-1 file's are dropped on import).
PRIVATE_FIELDS = frozenset({"note"})


def is_private_field(field_id: str) -> bool:
    return field_id in PRIVATE_FIELDS


BUNDLE_MANIFEST = "bundle.json"
HEX64 = r"^[0-9a-f]{64}$"
_DECIMAL_TEXT = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


# ---- keys ------------------------------------------------------------------
@dataclass(frozen=True)
class KeyPair:
    private_key: str  # base64 of the 32 raw bytes
    public_key: str  # base64 of the 32 raw bytes
    fingerprint: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def generate_keypair() -> KeyPair:
    priv = Ed25519PrivateKey.generate()
    pub = _b64(priv.public_key().public_bytes_raw())
    return KeyPair(_b64(priv.private_bytes_raw()), pub, fingerprint(pub))


class KeyRefused(Refused, ValueError):
    """A public key that is not a 32-byte base64 Ed25519 key."""


def public_key_bytes(public_key: str) -> bytes:
    """The raw key, or ``KeyRefused`` when it is not a 32-byte base64 key."""
    try:
        raw = _unb64(public_key)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise KeyRefused(t("kunci publik bukan base64", "public key is not base64")) from None
    if len(raw) != 32:
        raise KeyRefused(
            t(
                f"kunci publik {len(raw)} bita, bukan 32",
                f"public key has {len(raw)} bytes, not 32",
            )
        )
    return raw


def fingerprint(public_key: str) -> str:
    """What a judge reads aloud: 8 groups of 4 hex digits of SHA-256(key)."""
    digest = hashlib.sha256(public_key_bytes(public_key)).hexdigest()[:32].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def signing_message(payload: dict) -> bytes:
    """What is signed: the format line, then the canonical JSON of the payload."""
    fmt = payload.get("format") if isinstance(payload, dict) else None
    prefix = f"{fmt}\n".encode() if fmt in SCORE_FORMATS else SIGNING_PREFIX
    return prefix + canonical_json(payload).encode("utf-8")


def sign_payload(private_key: str, payload: dict) -> str:
    return sign_message(private_key, signing_message(payload))


def signature_valid(public_key: str, payload: dict, signature: str) -> bool:
    try:
        pub = Ed25519PublicKey.from_public_bytes(public_key_bytes(public_key))
        pub.verify(_unb64(signature), signing_message(payload))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


# ---- signed checkpoints and enrolment ---------------------------------------------
CHECKPOINT_FORMAT = "judgeapp.checkpoint/1"
ENROLMENT_PREFIX = b"judgeapp.enrol/1\n"


def checkpoint_message(body: dict) -> bytes:
    """What a history checkpoint's signature covers."""
    return f"{CHECKPOINT_FORMAT}\n".encode() + canonical_json(body).encode("utf-8")


def sign_message(private_key: str, message: bytes) -> str:
    return _b64(_private_key(private_key).sign(message))


@functools.lru_cache(maxsize=4)
def _private_key(private_key: str) -> Ed25519PrivateKey:
    """The key object of a private key's text, made once a process: making it
    derives the public key (a scalar multiplication), about as long as the
    signature itself, and the workspace signs every commit with its own key."""
    return Ed25519PrivateKey.from_private_bytes(_unb64(private_key))


def message_signature_valid(public_key: str, message: bytes, signature: str) -> bool:
    try:
        pub = Ed25519PublicKey.from_public_bytes(public_key_bytes(public_key))
        pub.verify(_unb64(signature), message)
    except (InvalidSignature, ValueError, binascii.Error, TypeError):
        return False
    return True


def new_enrolment_secret() -> str:
    """A one-time secret the bundle carries to the judge (64 hex digits)."""
    import secrets

    return secrets.token_hex(32)


def enrolment_proof(secret: str, event_id: str, judge_id: str, public_key: str) -> str:
    """HMAC-SHA256 of the key under the bundle's secret: the first score file
    proves it was made by whoever opened the bundle issued to this judge,
    for exactly this public key."""
    import hmac

    msg = ENROLMENT_PREFIX + "\n".join((event_id, judge_id, public_key)).encode("utf-8")
    return hmac.new(bytes.fromhex(secret), msg, hashlib.sha256).hexdigest()


def enrolment_proof_valid(
    secret: str, event_id: str, judge_id: str, public_key: str, proof: str
) -> bool:
    import hmac

    if not secret or not proof:
        return False
    try:
        expected = enrolment_proof(secret, event_id, judge_id, public_key)
    except ValueError:
        return False
    return hmac.compare_digest(expected, proof)


# ---- score file model ------------------------------------------------------
class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextEntry(_Model):
    target: str
    field: str
    value: str


class EvidenceEntry(_Model):
    target: str
    doc_id: str
    page: StrictInt = Field(ge=1)
    note: str = ""
    grid_cell: str = ""


class SheetEntry(_Model):
    stage: str
    submission: str
    region: str = ""
    form_hash: str = Field(pattern=HEX64)
    status: Literal["open", "final"]
    revision: StrictInt = Field(ge=0)
    finalised_at: str | None = None
    signed_by: str = ""
    updated_at: str = ""
    timer: dict[str, Any] = Field(default_factory=dict)
    scores: dict[str, str] = Field(default_factory=dict)
    texts: tuple[TextEntry, ...] = ()
    evidence: tuple[EvidenceEntry, ...] = ()

    @field_validator("scores")
    @classmethod
    def _decimal_texts(cls, value: dict[str, str]) -> dict[str, str]:
        for key, text in value.items():
            if not _DECIMAL_TEXT.match(text):
                raise ValueError(f"score {key!r}: {text!r} is not a decimal number")
        return value

    def decimal_scores(self) -> dict[str, Decimal]:
        return {k: Decimal(v) for k, v in self.scores.items()}

    def content(self) -> dict:
        """What the secretariat keeps of the sheet (everything but bookkeeping)."""
        return self.model_dump(mode="json", exclude={"region", "updated_at"})


class ConflictEntry(_Model):
    submission: str
    region: str
    reason: str = ""
    declared_at: str = ""


class HistoryHead(_Model):
    """The judge workspace's history at export: its rows and the chain head."""

    rows: StrictInt = Field(ge=0)
    head: str = Field(pattern=r"^([0-9a-f]{64})?$")


class ScorePayload(_Model):
    format: Literal["judgeapp.scores/1", "judgeapp.scores/2"]
    event_id: str = Field(min_length=1)
    event_name: str = ""
    judge_id: str = Field(min_length=1)
    judge_name: str = ""
    public_key: str
    exported_at: str
    revision: StrictInt = Field(ge=0)
    app_version: str = ""
    sheets: tuple[SheetEntry, ...] = ()
    conflicts: tuple[ConflictEntry, ...] = ()
    # format 2 only
    history: HistoryHead | None = None
    enrolment_proof: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")

    @model_validator(mode="after")
    def _format_rules(self) -> ScorePayload:
        if self.format == SCORE_FORMAT_V1:
            if self.history is not None or self.enrolment_proof:
                raise ValueError("history and enrolment_proof exist only in format 2")
            return self
        for i, sh in enumerate(self.sheets):
            for j, x in enumerate(sh.texts):
                if is_private_field(x.field):
                    raise ValueError(
                        f"sheets.{i}.texts.{j}: a private note ({x.field!r}) never travels"
                        " in a score file"
                    )
        return self

    def shared_sheets(self) -> tuple[SheetEntry, ...]:
        """The sheets without the judge's private notes (a format-1 file held them)."""
        out = []
        for sh in self.sheets:
            texts = tuple(x for x in sh.texts if not is_private_field(x.field))
            out.append(
                sh if len(texts) == len(sh.texts) else sh.model_copy(update={"texts": texts})
            )
        return tuple(out)

    def order_key(self) -> tuple[int, str]:
        """Files of one judge compare by (revision, exported_at)."""
        return (self.revision, self.exported_at)


def file_revision(sheets: list[dict] | tuple[SheetEntry, ...]) -> int:
    """A file's revision: the sum of its sheets' revisions (never decreases,
    since a sheet's revision only grows and sheets are never deleted)."""
    total = 0
    for sh in sheets:
        total += int(sh.revision if isinstance(sh, SheetEntry) else sh["revision"])
    return total


def build_score_file(payload: dict, private_key: str) -> bytes:
    """The file's bytes: canonical JSON of payload + signature, newline-ended."""
    ScorePayload.model_validate(payload)  # a bug here must not produce a bad file
    doc = {"payload": payload, "signature": sign_payload(private_key, payload)}
    return canonical_json(doc).encode("utf-8") + b"\n"


# ---- verification ----------------------------------------------------------
@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


@dataclass
class Verification:
    """Every check made on a score file, in order; ``payload`` once parsed."""

    source: str
    checks: list[Check] = field(default_factory=list)
    payload: ScorePayload | None = None
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def failure(self) -> Check | None:
        for c in self.checks:
            if not c.ok:
                return c
        return None

    def add(self, name: str, ok: bool, detail: str = "") -> bool:
        self.checks.append(Check(name, ok, detail))
        return ok


def verify_score_file(raw: bytes, source: str = "<file>") -> Verification:
    """Check a score file's bytes; stop at the first failed check."""
    v = Verification(source, sha256=hashlib.sha256(raw).hexdigest())
    doc = _checked_document(raw, source, v)
    payload = None if doc is None else _checked_payload(doc, v)
    if payload is not None and _sheets_unique(payload, v):
        v.payload = payload
    return v


def _checked_document(raw: bytes, source: str, v: Verification) -> dict | None:
    """The file's JSON document when it reads, holds what a score file holds in
    a known format and is in canonical form; None after the failed check."""
    try:
        doc = load_json(raw, source, max_bytes=bounds.MAX_SCORE_FILE_BYTES)
    except InputRefused as exc:
        v.add(t("berkas JSON", "JSON file"), False, f"{exc.place}: {exc.reason}")
        return None
    v.add(t("berkas JSON", "JSON file"), True, t(f"{len(raw)} bita", f"{len(raw)} bytes"))
    if not isinstance(doc, dict) or set(doc) != {"payload", "signature"}:
        v.add(
            t("struktur", "structure"),
            False,
            t(
                "harus berisi tepat 'payload' dan 'signature'",
                "must hold exactly 'payload' and 'signature'",
            ),
        )
        return None
    found = doc["payload"].get("format") if isinstance(doc["payload"], dict) else None
    if found not in SCORE_FORMATS:
        v.add(
            t("format", "format"),
            False,
            t(f"format tidak dikenal: {found!r}", f"unknown format: {found!r}")
            + f" ({', '.join(SCORE_FORMATS)})",
        )
        return None
    v.add(t("format", "format"), True, str(found))
    canonical = canonical_json(doc).encode("utf-8") + b"\n"
    if canonical != raw:
        at = next((i for i, (a, b) in enumerate(zip(raw, canonical, strict=False)) if a != b), None)
        where = at if at is not None else min(len(raw), len(canonical))
        v.add(
            t("bita tidak berubah", "bytes unaltered"),
            False,
            t(
                f"berkas telah diubah sejak diekspor (bita {where} berbeda dari bentuk kanonis)",
                f"the file was altered after export (byte {where} differs from the canonical form)",
            ),
        )
        return None
    v.add(
        t("bita tidak berubah", "bytes unaltered"),
        True,
        t("bentuk kanonis utuh", "canonical form intact"),
    )
    return doc


def _checked_payload(doc: dict, v: Verification) -> ScorePayload | None:
    """The payload when it validates, its key reads, the signature is the key's
    and the revision adds up; None after the failed check."""
    try:
        payload = ScorePayload.model_validate(doc["payload"])
    except ValidationError as exc:
        err = exc.errors()[0]
        place = ".".join(str(p) for p in err.get("loc", ())) or "payload"
        v.add(t("isi", "content"), False, f"payload.{place}: {field_reason(err)}")
        return None
    v.add(
        t("isi", "content"),
        True,
        t(
            f"acara {payload.event_id}, juri {payload.judge_id}, {len(payload.sheets)} lembar",
            f"event {payload.event_id}, judge {payload.judge_id}, {len(payload.sheets)} sheets",
        ),
    )
    try:
        fp = fingerprint(payload.public_key)
    except ValueError as exc:
        v.add(t("kunci publik", "public key"), False, str(exc))
        return None
    v.add(t("kunci publik", "public key"), True, t(f"sidik jari {fp}", f"fingerprint {fp}"))
    sig = doc["signature"]
    if not isinstance(sig, str) or not signature_valid(payload.public_key, doc["payload"], sig):
        v.add(
            t("tanda tangan Ed25519", "Ed25519 signature"),
            False,
            t(
                "tanda tangan tidak cocok dengan isi (berkas diubah atau bukan dari kunci ini)",
                "signature does not match the content (altered, or not made by this key)",
            ),
        )
        return None
    v.add(t("tanda tangan Ed25519", "Ed25519 signature"), True, t("sah", "valid"))
    expected = file_revision(payload.sheets)
    if expected != payload.revision:
        v.add(
            t("revisi", "revision"),
            False,
            t(
                f"revisi berkas {payload.revision}, jumlah revisi lembar {expected}",
                f"file revision {payload.revision}, sheets' revisions sum to {expected}",
            ),
        )
        return None
    v.add(t("revisi", "revision"), True, str(payload.revision))
    return payload


def _sheets_unique(payload: ScorePayload, v: Verification) -> bool:
    """No two of the file's sheets are for the same stage and submission."""
    seen: set[tuple[str, str]] = set()
    for i, sh in enumerate(payload.sheets):
        key = (sh.stage, sh.submission)
        if key in seen:
            v.add(
                t("lembar unik", "sheets unique"),
                False,
                f"sheets[{i}]: "
                + t("lembar ganda", "duplicate sheet")
                + f" {sh.stage}/{sh.submission}",
            )
            return False
        seen.add(key)
    return True


# ---- bundle manifest ---------------------------------------------------------
class BundleStage(_Model):
    id: str
    seq: StrictInt
    name: str
    form_hash: str = Field(pattern=HEX64)
    weight: str
    date: str = ""
    settings: dict[str, Any] = Field(default_factory=dict)


class BundleEvent(_Model):
    id: str = Field(min_length=1)
    name: str
    competition: str
    edition: str = ""
    place: str = ""
    sample: StrictBool = False
    settings: dict[str, Any] = Field(default_factory=dict)
    created_at: str = ""
    stages: tuple[BundleStage, ...] = Field(min_length=1)


class BundleJudge(_Model):
    id: str = Field(min_length=1)
    name: str
    role: str


class BundleRegion(_Model):
    id: str
    name: str
    kind: str
    province: str = ""
    code: str = ""


class BundleDocument(_Model):
    doc_id: str
    title: str
    kind: str = ""
    sha256: str = Field(pattern=HEX64)
    size: StrictInt = Field(ge=0)
    media_type: str = ""
    pages: StrictInt | None = None
    warning: str = ""
    seq: StrictInt = 0


class BundleFigure(_Model):
    id: str
    label: str
    value: str
    unit: str = ""
    year: StrictInt | None = None
    source: str = ""
    seq: StrictInt = 0
    sample: StrictBool = False


class BundleInnovation(_Model):
    seq: StrictInt
    title: str
    summary: str = ""
    started: StrictInt | None = None
    sample: StrictBool = False


class BundleSubmission(_Model):
    id: str
    region: BundleRegion
    category: str
    title: str = ""
    version: StrictInt = 1
    package_sha256: str = ""
    manifest: dict[str, Any] = Field(default_factory=dict)
    sample: StrictBool = False
    imported_at: str = ""
    documents: tuple[BundleDocument, ...] = ()
    key_figures: tuple[BundleFigure, ...] = ()
    innovations: tuple[BundleInnovation, ...] = ()


class BundleSlot(_Model):
    stage_id: str
    submission_id: str
    starts_at: str = ""
    room: str = ""


class BundleForm(_Model):
    hash: str = Field(pattern=HEX64)
    file: str


class BundleManifest(_Model):
    format: Literal["judgeapp.bundle/1"]
    issued_at: str
    event: BundleEvent
    judge: BundleJudge
    forms: tuple[BundleForm, ...]
    submissions: tuple[BundleSubmission, ...] = ()
    assignments: tuple[BundleSlot, ...] = ()
    schedule: tuple[BundleSlot, ...] = ()
    files: dict[str, str] = Field(default_factory=dict)  # member path → sha256
    # one-time secret binding the judge's first key to this bundle (until enrolled)
    enrolment: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")


BUNDLE_MAX_MEMBERS = bounds.MAX_BUNDLE_MEMBERS
BUNDLE_MAX_BYTES = bounds.MAX_BUNDLE_BYTES
BUNDLE_MAX_RATIO = bounds.MAX_BUNDLE_RATIO


def member_problem(name: str) -> str | None:
    """Why a zip member name is not allowed (None when it is fine)."""
    if not name or name.startswith("/") or "\\" in name or re.match(r"^[A-Za-z]:", name):
        return t("jalur absolut atau tidak sah", "absolute or invalid path")
    if any(part in ("..", ".") for part in name.split("/")):
        return t("jalur berisi '..'", "path contains '..'")
    return None


def parse_bundle_manifest(text: str | bytes) -> BundleManifest:
    """Validate ``bundle.json`` (bounded); ``ValueError`` naming the place and reason."""
    try:
        data = load_json(text, BUNDLE_MANIFEST, max_bytes=bounds.MAX_BUNDLE_MANIFEST_BYTES)
    except InputRefused as exc:
        raise ValueError(f"{exc.place}: {exc.reason}") from None
    if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise ValueError(t(f"format tidak dikenal: {found!r}", f"unknown format: {found!r}"))
    try:
        return BundleManifest.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        place = ".".join(str(p) for p in err.get("loc", ())) or "bundle"
        raise ValueError(f"{place}: {field_reason(err)}") from None

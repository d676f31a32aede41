"""Submission packages: the manifest model and the rules a package must follow.

Pure rules, no I/O: the caller reads the zip's central directory or walks a
folder and hands the entries here; it streams the members and asks
``sniff`` whether their first bytes match the declared type. What the format
allows is documented for regions in ``docs/package-format.md``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from judgeapp.domain import bounds
from judgeapp.domain.safeparse import (
    InputRefused,
    ProblemsRefused,
    decimal_problem,
    field_reason,
    load_yaml,
)
from judgeapp.i18n import t

FORMAT = "judgeapp.package/1"
MANIFEST = "manifest.yaml"
MAX_MEMBERS = bounds.MAX_PACKAGE_MEMBERS
MAX_TOTAL_BYTES = bounds.MAX_PACKAGE_BYTES
MAX_RATIO = bounds.MAX_PACKAGE_RATIO
NAME = bounds.MAX_NAME_CHARS
# Files some systems add on their own; never imported, never "undeclared".
JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})
JUNK_PREFIXES = ("__macosx/",)
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
ZIP_METHODS = {0: "stored", 8: "deflated", 12: "bzip2", 14: "lzma"}


# ---- problems ------------------------------------------------------------------
@dataclass(frozen=True)
class PackageProblem:
    source: str  # the package file or folder
    member: str  # the member (or manifest place) concerned; "" for the whole package
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.source}: {self.member}: {self.reason}"
            if self.member
            else (f"{self.source}: {self.reason}")
        )


class PackageError(ProblemsRefused[PackageProblem]):
    """The package is refused; ``problems`` say why (in the user's language)."""

    def __init__(self, problems: list[PackageProblem]):
        first = problems[0] if problems else PackageProblem("", "", "")
        super().__init__(problems, first.reason, file=first.source, place=first.member)


# ---- manifest ------------------------------------------------------------------
class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _text(value: Any) -> Any:
    """Numbers written without quotes (edition: 2022, code: 32.72) become text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return str(value)
    return value


class Region(_Model):
    name: str = Field(min_length=1, max_length=NAME)
    kind: Literal["provinsi", "kabupaten", "kota", "instansi"]
    province: str = Field(default="", max_length=NAME)
    code: str = Field(default="", max_length=NAME)

    _coerce = field_validator("province", "code", mode="before")(_text)


Year = Field(default=None, ge=0, le=9999)


class Innovation(_Model):
    title: str = Field(min_length=1, max_length=NAME)
    summary: str = ""
    started: int | None = Year
    sample: bool = False


class KeyFigure(_Model):
    id: str = Field(min_length=1, max_length=NAME, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    label: str = Field(min_length=1, max_length=NAME)
    value: Decimal
    unit: str = Field(default="", max_length=NAME)
    year: int | None = Year
    source: str = Field(default="", max_length=NAME)
    sample: bool = False

    @field_validator("value", mode="before")
    @classmethod
    def _decimal(cls, v: Any) -> Any:
        if isinstance(v, bool):
            raise ValueError(t("harus berupa angka", "a number is needed"))
        if isinstance(v, float | int):
            v = str(v)
        if isinstance(v, str):
            text = v.strip().replace(",", ".")
            try:
                if len(text) > bounds.MAX_NUMBER_CHARS:
                    raise InvalidOperation
                number = Decimal(text)
            except InvalidOperation:
                raise ValueError(
                    t(f"bukan angka: {v[:40]!r}", f"not a number: {v[:40]!r}")
                ) from None
            problem = decimal_problem(number)
            if problem:
                raise ValueError(problem)
            return number
        return v


class Document(_Model):
    file: str = Field(min_length=1, max_length=NAME)
    title: str = Field(min_length=1, max_length=NAME)
    kind: str = Field(default="", max_length=NAME)
    sha256: str = ""

    @field_validator("sha256", mode="before")
    @classmethod
    def _hex(cls, v: Any) -> Any:
        if v is None:
            return ""
        if isinstance(v, str):
            v = v.strip().lower()
            if v and not SHA256_RE.match(v):
                raise ValueError(
                    t(
                        "sha256 harus 64 karakter heksadesimal",
                        "sha256 must be 64 hexadecimal characters",
                    )
                )
        return v


class Manifest(_Model):
    format: str
    competition: str = Field(min_length=1, max_length=NAME)
    edition: str = Field(min_length=1, max_length=NAME)
    region: Region
    title: str = Field(min_length=1, max_length=NAME)
    category: str | None = Field(default=None, max_length=NAME)
    sample: bool = False  # true: the package holds sample ("data contoh") content
    innovations: tuple[Innovation, ...] = ()
    indicators: tuple[KeyFigure, ...] = ()
    documents: tuple[Document, ...] = Field(min_length=1)

    _coerce = field_validator("edition", "category", mode="before")(_text)

    @field_validator("format")
    @classmethod
    def _format(cls, v: str) -> str:
        if v != FORMAT:
            raise ValueError(
                t(
                    f"format {v!r} tidak dikenal (seharusnya {FORMAT!r})",
                    f"unknown format {v!r} (expected {FORMAT!r})",
                )
            )
        return v

    def to_data(self) -> dict:
        """Plain data for YAML/JSON (Decimals as numbers written exactly)."""
        data = self.model_dump(mode="json")
        for fig in data["indicators"]:
            fig["value"] = _number(fig["value"])
        return data


def _number(text: str) -> int | float | str:
    """A decimal written back as a YAML number when that is exact, else as text."""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return float(text) if str(float(text)) == text else text


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_manifest(data: bytes | str, source: str, *, require_sha256: bool = True) -> Manifest:
    """Parse and validate ``manifest.yaml`` text; raise ``PackageError`` naming places.

    ``require_sha256=False`` lets ``package build`` accept empty checksums.
    """
    where = MANIFEST

    def refuse(place: str, reason: str) -> PackageError:
        return PackageError([PackageProblem(source, place, reason)])

    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise refuse(
                where,
                t(f"bukan teks UTF-8 (byte {exc.start})", f"not UTF-8 text (byte {exc.start})"),
            ) from None
    else:
        text = data
    try:
        raw = load_yaml(text, source, max_bytes=bounds.MAX_MANIFEST_BYTES)
    except InputRefused as exc:
        if exc.line is not None:
            place = f"{where}:{exc.line}"
        elif exc.place in (None, "<file>", "<yaml>", "<root>"):
            place = where
        else:
            place = f"{where} {exc.place}"
        raise refuse(place, exc.reason) from None
    if not isinstance(raw, dict):
        raise refuse(
            where,
            t(
                "isi manifest harus berupa pemetaan (key: value)",
                "the manifest must be a mapping (key: value)",
            ),
        )
    try:
        manifest = Manifest.model_validate(raw)
    except ValidationError as exc:
        problems = []
        errors = exc.errors()
        deeper = {e["loc"][:n] for e in errors for n in range(1, len(e["loc"]))}
        for err in errors:
            if err["type"] == "too_short" and err["loc"] in deeper:
                continue  # "no items left" only because an item itself was refused
            place = f"{where} {_loc(err['loc'])}".strip()
            if err["type"] == "missing":
                reason = t("wajib diisi", "required field missing")
            elif err["type"] == "extra_forbidden":
                reason = t("isian tidak dikenal", "unknown field")
            else:
                reason = field_reason(err)
            problems.append(PackageProblem(source, place, reason))
        raise PackageError(problems) from None
    problems = _manifest_rules(manifest, source, require_sha256)
    if problems:
        raise PackageError(problems)
    return manifest


def _manifest_rules(m: Manifest, source: str, require_sha256: bool) -> list[PackageProblem]:
    problems: list[PackageProblem] = []
    seen: dict[str, str] = {}
    for i, doc in enumerate(m.documents):
        place = f"{MANIFEST} documents[{i}]"
        bad = path_problem(doc.file)
        if bad:
            problems.append(PackageProblem(source, f"{place} {doc.file}", bad))
            continue
        if fold(doc.file) == fold(MANIFEST):
            problems.append(
                PackageProblem(
                    source,
                    place,
                    t(
                        "manifest tidak boleh didaftarkan sebagai dokumen",
                        "the manifest cannot be listed as a document",
                    ),
                )
            )
        key = fold(doc.file)
        if key in seen:
            problems.append(
                PackageProblem(
                    source,
                    f"{place} {doc.file}",
                    t(
                        f"didaftarkan dua kali (juga {seen[key]})",
                        f"listed twice (also {seen[key]})",
                    ),
                )
            )
        seen[key] = doc.file
        if media_type(doc.file) is None:
            problems.append(
                PackageProblem(
                    source,
                    f"{place} {doc.file}",
                    t(
                        f"jenis berkas tidak didukung (boleh: {', '.join(sorted(TYPES))})",
                        f"unsupported file type (allowed: {', '.join(sorted(TYPES))})",
                    ),
                )
            )
        if require_sha256 and not doc.sha256:
            problems.append(
                PackageProblem(
                    source, f"{place}.sha256", t("wajib diisi", "required field missing")
                )
            )
    figures: set[tuple[str, int | None]] = set()
    for i, fig in enumerate(m.indicators):
        if (fig.id, fig.year) in figures:
            problems.append(
                PackageProblem(
                    source,
                    f"{MANIFEST} indicators[{i}]",
                    t(
                        f"indikator {fig.id} tahun {fig.year} ditulis dua kali",
                        f"indicator {fig.id} for {fig.year} written twice",
                    ),
                )
            )
        figures.add((fig.id, fig.year))
    return problems


# ---- member names ----------------------------------------------------------------
def fold(name: str) -> str:
    """The key under which two names count as the same (case-insensitive, NFC)."""
    return unicodedata.normalize("NFC", name).casefold()


def path_problem(name: str) -> str | None:
    """Why ``name`` may not appear in a package (None when it may)."""
    if not name:
        return t("nama kosong", "empty name")
    if "\\" in name:
        return t("jalur memakai garis miring terbalik (\\)", "path contains a backslash (\\)")
    if "\x00" in name or any(ord(c) < 32 for c in name):
        return t("nama memuat karakter kendali", "name contains control characters")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return t("jalur absolut tidak diizinkan", "absolute path not allowed")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return t("jalur memuat '..'", "path contains '..'")
    if any(p in ("", ".") for p in parts):
        return t("jalur memuat bagian kosong atau '.'", "path contains an empty or '.' part")
    return None


def is_junk(name: str) -> bool:
    low = name.casefold()
    return low.startswith(JUNK_PREFIXES) or low.rsplit("/", 1)[-1] in JUNK_NAMES


# ---- content types ---------------------------------------------------------------
TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "mp4": "video/mp4",
    "txt": "text/plain",
    "csv": "text/csv",
    "md": "text/markdown",
}
SNIFF_BYTES = 16


def extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def media_type(name: str) -> str | None:
    return TYPES.get(extension(name))


def sniff(name: str, head: bytes) -> str | None:
    """Why the first bytes of ``name`` do not match its type (None when they do)."""
    ext = extension(name)
    expect: dict[str, tuple[bytes, ...]] = {
        "pdf": (b"%PDF-",),
        "png": (b"\x89PNG\r\n\x1a\n",),
        "jpg": (b"\xff\xd8\xff",),
        "jpeg": (b"\xff\xd8\xff",),
        "gif": (b"GIF87a", b"GIF89a"),
        "docx": (b"PK\x03\x04",),
        "xlsx": (b"PK\x03\x04",),
        "pptx": (b"PK\x03\x04",),
    }
    if ext in expect:
        if not any(head.startswith(sig) for sig in expect[ext]):
            return t(
                f"isi berkas bukan {ext.upper()} (awalnya {head[:8]!r})",
                f"content is not a {ext.upper()} (starts with {head[:8]!r})",
            )
        return None
    if ext == "mp4":
        if head[4:8] != b"ftyp":
            return t("isi berkas bukan video MP4", "content is not an MP4 video")
        return None
    if ext in ("txt", "csv", "md") and b"\x00" in head:
        return t(
            "berkas teks memuat byte nol (bukan teks)", "text file contains NUL bytes (not text)"
        )
    return None


# ---- the members of a package ------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    """One member as the package lists it (zip central directory, or a folder walk)."""

    name: str  # posix path inside the package
    size: int  # declared uncompressed size
    compressed: int | None = None  # declared compressed size (zip only)
    is_dir: bool = False
    is_link: bool = False
    encrypted: bool = False
    method: int | None = None  # zip compression method
    utf8_flag: bool = True  # zip flag bit 11 (names not flagged are read as cp437)


def entry_problems(source: str, entries: list[Entry]) -> list[PackageProblem]:
    """Every rule that can be checked from the listing alone, before reading a byte."""
    problems = [PackageProblem(source, "", reason) for reason in _listing_reasons(entries)]
    seen: dict[str, str] = {}
    for e in entries:
        bad = path_problem(e.name)
        if bad:
            problems.append(PackageProblem(source, e.name, bad))
            continue
        problems.extend(PackageProblem(source, e.name, reason) for reason in _member_reasons(e))
        key = fold(e.name.rstrip("/"))
        if key in seen:
            problems.append(
                PackageProblem(
                    source,
                    e.name,
                    t(
                        f"nama ganda (huruf besar/kecil tidak dibedakan): juga {seen[key]}",
                        f"duplicate name (case-insensitive): also {seen[key]}",
                    ),
                )
            )
        else:
            seen[key] = e.name
    return problems


def _listing_reasons(entries: list[Entry]) -> Iterator[str]:
    """What is wrong with the listing as a whole: too many members, too large."""
    if len(entries) > MAX_MEMBERS:
        yield t(
            f"terlalu banyak anggota: {len(entries)} (paling banyak {MAX_MEMBERS})",
            f"too many members: {len(entries)} (at most {MAX_MEMBERS})",
        )
    total = sum(e.size for e in entries if not e.is_dir)
    if total > MAX_TOTAL_BYTES:
        yield t(
            f"ukuran total {total} byte melebihi batas 2 GiB",
            f"total size {total} bytes exceeds the 2 GiB limit",
        )


def _member_reasons(e: Entry) -> Iterator[str]:
    """What is wrong with one member whose path is safe, in the order it is told."""
    if not e.utf8_flag and not e.name.isascii():
        yield t(
            "nama anggota tidak ditandai UTF-8 dan memuat huruf non-ASCII; "
            "ganti nama berkas atau buat ulang zip dengan nama UTF-8",
            "member name is not marked UTF-8 and has non-ASCII letters; "
            "rename the file or re-create the zip with UTF-8 names",
        )
    if e.is_link:
        yield t("tautan (symlink) tidak diizinkan", "links (symlinks) are not allowed")
    if e.encrypted:
        yield t("anggota zip terenkripsi", "encrypted zip member")
    if e.method is not None and e.method not in ZIP_METHODS:
        yield t(
            f"metode kompresi {e.method} tidak didukung",
            f"unsupported compression method {e.method}",
        )
    if e.compressed is not None and not e.is_dir and e.size > MAX_RATIO * max(e.compressed, 1):
        yield t(
            f"rasio kompresi {e.size}/{e.compressed} melebihi {MAX_RATIO}:1 (bom zip?)",
            f"compression ratio {e.size}/{e.compressed} exceeds {MAX_RATIO}:1 (zip bomb?)",
        )


def strip_root_folder(entries: list[Entry]) -> str:
    """The single top folder to strip when a zip wraps everything in one folder
    holding the manifest (as "compress this folder" tools do); "" otherwise."""
    names = [e.name for e in entries if not is_junk(e.name)]
    if MANIFEST in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) == 1:
        top = next(iter(tops)) + "/"
        if top + MANIFEST in names and all(n.startswith(top) for n in names):
            return top
    return ""


def layout_problems(source: str, manifest: Manifest, files: list[str]) -> list[PackageProblem]:
    """Declared documents against the files present (names relative to the root)."""
    problems: list[PackageProblem] = []
    present = {fold(f): f for f in files if f != MANIFEST and not is_junk(f)}
    declared = {fold(d.file): d for d in manifest.documents}
    for i, doc in enumerate(manifest.documents):
        actual = present.get(fold(doc.file))
        if actual is None:
            problems.append(
                PackageProblem(
                    source,
                    doc.file,
                    t(
                        f"didaftarkan di manifest (documents[{i}]) tetapi tidak ada di paket",
                        f"listed in the manifest (documents[{i}]) but missing from the package",
                    ),
                )
            )
        elif actual != doc.file:
            problems.append(
                PackageProblem(
                    source,
                    actual,
                    t(
                        f"huruf besar/kecil berbeda dari manifest ({doc.file})",
                        f"letter case differs from the manifest ({doc.file})",
                    ),
                )
            )
    for key, name in sorted(present.items()):
        if key not in declared:
            problems.append(
                PackageProblem(
                    source,
                    name,
                    t("berkas tidak didaftarkan di manifest", "file not listed in the manifest"),
                )
            )
    return problems


def content_digest(manifest: Manifest) -> str:
    """The package's identity: SHA-256 of the canonical manifest (which names every
    document's SHA-256). Re-zipping the same content gives the same digest."""
    import hashlib
    import json

    body = json.dumps(
        manifest.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()

"""Submission packages: check, import (atomic, streaming), build.

Import in three steps, so that a failure anywhere leaves the workspace as it was:

1. **Read the listing** (zip central directory or folder walk) and the
   manifest; every rule that needs no document bytes is checked here, so a
   zip bomb is refused before a byte of it is inflated.
2. **Stream every document** once, in 1 MiB chunks: hash, check the type,
   count the bytes (a member that grows past its declared size is refused),
   and copy it to a temporary file under ``blobs/.incoming/<pid>-<id>/``,
   fsync'd. Memory stays bounded whatever the package size.
3. **Commit** under the workspace's write lock: write a journal of the blobs
   about to appear, rename the temporary files into ``blobs/aa/<sha256>``,
   insert the rows, commit. A failure before the commit removes the renamed
   files again; a kill leaves a journal that the next import (or
   ``clean_incoming`` at start-up) uses to remove blobs no row refers to.
   The journal, the placing and the clean-up are ``store/blobs.py``'s.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import yaml

from judgeapp.domain import package as rules
from judgeapp.domain.package import Entry, Manifest, PackageError, PackageProblem
from judgeapp.i18n import t
from judgeapp.services.reading import ZIP_DAMAGE, ZIP_OR_DISK, zip_damage_reason
from judgeapp.store import blobs
from judgeapp.store import events as store_events
from judgeapp.store import submissions as store
from judgeapp.store.blobs import INCOMING as INCOMING
from judgeapp.store.blobs import clean_incoming as clean_incoming
from judgeapp.store.db import Workspace, WorkspaceError

Progress = Callable[[int, int], None]
CHUNK = 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024


# ---- results --------------------------------------------------------------------------
@dataclass(frozen=True)
class ScannedDocument:
    doc: rules.Document
    size: int
    sha256: str
    media_type: str
    pages: int | None
    warning: str
    temp: Path | None = None  # the copy waiting under blobs/.incoming (import only)


@dataclass(frozen=True)
class CheckResult:
    source: str
    manifest: Manifest
    digest: str  # rules.content_digest(manifest)
    documents: list[ScannedDocument]

    @property
    def warnings(self) -> list[str]:
        return [f"{self.source}: {d.doc.file}: {d.warning}" for d in self.documents if d.warning]

    @property
    def total_bytes(self) -> int:
        return sum(d.size for d in self.documents)


@dataclass(frozen=True)
class ImportResult:
    source: str
    submission_id: str
    status: str  # imported | new-version | unchanged
    version: int
    superseded: str | None
    warnings: list[str] = field(default_factory=list)


# ---- reading a package -------------------------------------------------------------------
class _Reader:
    source: str

    def entries(self) -> list[Entry]:
        raise NotImplementedError

    def open(self, name: str) -> BinaryIO:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _ZipReader(_Reader):
    def __init__(self, path: Path):
        self.source = str(path)
        try:
            self.zf = zipfile.ZipFile(path)
        except UnicodeDecodeError:
            raise _refuse(
                self.source,
                "",
                t(
                    "nama anggota ditandai UTF-8 tetapi bukan UTF-8 yang sah",
                    "a member name is marked UTF-8 but is not valid UTF-8",
                ),
            ) from None
        except ZIP_OR_DISK as exc:
            raise _refuse(
                self.source,
                "",
                t("bukan berkas zip yang utuh", "not a valid zip file")
                + f" ({zip_damage_reason(exc)})",
            ) from None
        self._infos = {zi.filename: zi for zi in self.zf.infolist()}

    def entries(self) -> list[Entry]:
        out = []
        for zi in self.zf.infolist():
            mode = zi.external_attr >> 16
            out.append(
                Entry(
                    name=zi.filename,
                    size=zi.file_size,
                    compressed=zi.compress_size,
                    is_dir=zi.is_dir(),
                    is_link=zi.create_system == 3 and stat.S_ISLNK(mode),
                    encrypted=bool(zi.flag_bits & 0x1),
                    method=zi.compress_type,
                    utf8_flag=bool(zi.flag_bits & 0x800),
                )
            )
        return out

    def open(self, name: str) -> BinaryIO:
        return self.zf.open(self._infos[name])  # type: ignore[return-value]

    def close(self) -> None:
        self.zf.close()


class _DirReader(_Reader):
    def __init__(self, path: Path):
        self.source = str(path)
        self.root = path

    def entries(self) -> list[Entry]:
        out: list[Entry] = []

        def walk(folder: Path, prefix: str) -> None:
            with os.scandir(folder) as it:
                for de in sorted(it, key=lambda d: d.name):
                    name = prefix + de.name
                    junction = getattr(de, "is_junction", lambda: False)()
                    if de.is_symlink() or junction:
                        out.append(Entry(name=name, size=0, is_link=True))
                    elif de.is_dir(follow_symlinks=False):
                        walk(Path(de.path), name + "/")
                    elif de.is_file(follow_symlinks=False):
                        out.append(Entry(name=name, size=de.stat(follow_symlinks=False).st_size))
                    else:  # fifo, device, socket: never read those
                        out.append(Entry(name=name, size=0, is_link=True))

        try:
            walk(self.root, "")
        except OSError as exc:  # a folder that cannot be listed (permissions, I/O)
            raise _refuse(
                self.source,
                str(getattr(exc, "filename", "") or ""),
                t("tidak terbaca", "unreadable") + f" ({exc.strerror or exc})",
            ) from None
        return out

    def open(self, name: str) -> BinaryIO:
        return open(self.root / name, "rb")  # caller closes


def _refuse(source: str, member: str, reason: str) -> PackageError:
    return PackageError([PackageProblem(source, member, reason)])


def _open_reader(path: Path | str) -> _Reader:
    p = Path(path)
    if p.is_symlink():
        raise _refuse(
            str(p), "", t("paket berupa tautan (symlink)", "the package is a link (symlink)")
        )
    if p.is_dir():
        return _DirReader(p)
    if not p.exists():
        raise _refuse(str(p), "", t("berkas tidak ditemukan", "file not found"))
    return _ZipReader(p)


@dataclass
class _Prepared:
    reader: _Reader
    manifest: Manifest
    prefix: str  # a single wrapping folder to strip ("" when none)
    entries: dict[str, Entry]  # by name relative to the package root


def _prepare(path: Path | str, *, require_sha256: bool = True) -> _Prepared:
    """Listing and manifest rules: everything that needs no document bytes."""
    reader = _open_reader(path)
    try:
        entries = reader.entries()
        problems = rules.entry_problems(reader.source, entries)
        if problems:
            raise PackageError(problems)
        prefix = rules.strip_root_folder(entries)
        by_name = {
            e.name[len(prefix) :]: e
            for e in entries
            if not e.is_dir and not rules.is_junk(e.name) and e.name.startswith(prefix)
        }
        if rules.MANIFEST not in by_name:
            raise _refuse(
                reader.source,
                rules.MANIFEST,
                t("tidak ada manifest.yaml di akar paket", "no manifest.yaml at the package root"),
            )
        if by_name[rules.MANIFEST].size > MAX_MANIFEST_BYTES:
            raise _refuse(
                reader.source, rules.MANIFEST, t("manifest terlalu besar", "manifest too large")
            )
        data = b"".join(_chunks(reader, prefix + rules.MANIFEST, by_name[rules.MANIFEST]))
        manifest = rules.parse_manifest(data, reader.source, require_sha256=require_sha256)
        problems = rules.layout_problems(reader.source, manifest, list(by_name))
        if problems:
            raise PackageError(problems)
        return _Prepared(reader, manifest, prefix, by_name)
    except BaseException:
        reader.close()
        raise


def _chunks(
    reader: _Reader, member: str, entry: Entry, budget: list[int] | None = None
) -> Iterator[bytes]:
    """The member's bytes in chunks, refusing one that outgrows its declared size
    (lying headers) or the package's byte budget."""
    count = 0
    try:
        with reader.open(member) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                count += len(chunk)
                if count > entry.size:
                    raise _refuse(
                        reader.source,
                        member,
                        t(
                            f"isi lebih besar dari ukuran yang dinyatakan ({entry.size} byte)",
                            f"content larger than its declared size ({entry.size} bytes)",
                        ),
                    )
                if budget is not None:
                    budget[0] -= len(chunk)
                    if budget[0] < 0:
                        raise _refuse(
                            reader.source,
                            member,
                            t(
                                "ukuran total melebihi batas 2 GiB",
                                "total size exceeds the 2 GiB limit",
                            ),
                        )
                yield chunk
    except ZIP_DAMAGE as exc:
        raise _refuse(
            reader.source,
            member,
            t("anggota zip rusak", "damaged zip member") + f": {zip_damage_reason(exc)}",
        ) from None
    except (OSError, ValueError) as exc:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise _refuse(
            reader.source, member, t(f"tidak terbaca ({exc})", f"unreadable ({exc})")
        ) from None
    if count != entry.size:
        raise _refuse(
            reader.source,
            member,
            t(
                f"isi {count} byte, yang dinyatakan {entry.size} byte",
                f"content is {count} bytes, declared {entry.size} bytes",
            ),
        )


# ---- PDFs -------------------------------------------------------------------------------------
def inspect_pdf(path: Path) -> tuple[int | None, str]:
    """(pages, warning) for a stored PDF. Encrypted or damaged PDFs are kept —
    the region signed off these exact bytes — but carry a warning."""
    from pypdf import PdfReader

    size = path.stat().st_size
    with open(path, "rb") as fh:
        if size > 64 * 1024 * 1024:
            # Large files: never let a repair attempt read the whole file.
            fh.seek(max(0, size - 4096))
            if b"%%EOF" not in fh.read():
                return None, t(
                    "PDF rusak: penanda akhir %%EOF tidak ada", "damaged PDF: no %%EOF end marker"
                )
            fh.seek(0)
        log = logging.getLogger("pypdf")
        level = log.level
        log.setLevel(logging.CRITICAL)
        try:
            reader = PdfReader(fh, strict=size > 64 * 1024 * 1024)
            if reader.is_encrypted:
                return None, t(
                    "PDF terenkripsi (dilindungi kata sandi); mungkin tidak dapat ditampilkan",
                    "encrypted (password-protected) PDF; it may not display",
                )
            return len(reader.pages), ""
        except Exception as exc:  # pypdf raises many kinds on damaged files
            return None, t(
                f"PDF rusak atau tidak terbaca ({exc})", f"damaged or unreadable PDF ({exc})"
            )
        finally:
            log.setLevel(level)


# ---- streaming the documents --------------------------------------------------------------------
def _fsync(fh: BinaryIO) -> None:
    fh.flush()
    os.fsync(fh.fileno())


def _scan(
    prep: _Prepared,
    sink: Path,
    *,
    keep: Callable[[str], bool] | None,
    progress: Progress | None,
    inspect: bool = True,
) -> list[ScannedDocument]:
    """Stream every document once: hash, sniff, count, and copy into ``sink``.

    With ``keep`` (import) every document is copied and the copy kept when
    ``keep(sha256)`` says so (the blob is new); without it (check) only PDFs
    are copied, for inspection, then removed. Refuses at the first problem.
    """
    source = prep.reader.source
    total = sum(prep.entries[d.file].size for d in prep.manifest.documents)
    done = 0
    budget = [rules.MAX_TOTAL_BYTES]
    out: list[ScannedDocument] = []
    if progress:
        progress(0, total)
    for i, doc in enumerate(prep.manifest.documents):
        entry = prep.entries[doc.file]
        is_pdf = rules.extension(doc.file) == "pdf"
        temp = sink / f"{i:04d}.part"
        digest = hashlib.sha256()
        first = True
        with contextlib.ExitStack() as stack:
            fh = (
                stack.enter_context(open(temp, "wb"))
                if keep is not None or (inspect and is_pdf)
                else None
            )
            for chunk in _chunks(prep.reader, prep.prefix + doc.file, entry, budget):
                if first:
                    bad = rules.sniff(doc.file, chunk[: rules.SNIFF_BYTES])
                    if bad:
                        raise _refuse(source, doc.file, bad)
                    first = False
                digest.update(chunk)
                if fh is not None:
                    fh.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
            if first:
                bad = rules.sniff(doc.file, b"")
                if bad:
                    raise _refuse(source, doc.file, bad)
            if fh is not None and keep is not None:
                _fsync(fh)
        sha = digest.hexdigest()
        if doc.sha256 and sha != doc.sha256:
            raise _refuse(
                source,
                doc.file,
                t(
                    f"checksum tidak cocok: manifest {doc.sha256}, isi {sha}",
                    f"checksum mismatch: manifest {doc.sha256}, content {sha}",
                ),
            )
        pages, warning = (None, "")
        if is_pdf and inspect:
            pages, warning = inspect_pdf(temp)
        kept = keep is not None and keep(sha)
        if not kept:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        media = rules.media_type(doc.file) or ""
        out.append(
            ScannedDocument(doc, entry.size, sha, media, pages, warning, temp if kept else None)
        )
    return out


# ---- check --------------------------------------------------------------------------------------
def check_package(path: Path | str, progress: Progress | None = None) -> CheckResult:
    """Validate a package completely without touching any workspace."""
    prep = _prepare(path)
    try:
        with tempfile.TemporaryDirectory(prefix="judgeapp-check-") as tmp:
            scanned = _scan(prep, Path(tmp), keep=None, progress=progress)
        return CheckResult(
            prep.reader.source, prep.manifest, rules.content_digest(prep.manifest), scanned
        )
    finally:
        prep.reader.close()


# ---- import -------------------------------------------------------------------------------------
def _disk_error(source: str, exc: OSError) -> WorkspaceError:
    reason = (
        t("disk penuh", "disk full")
        if exc.errno in (errno.ENOSPC, errno.EDQUOT)
        else (exc.strerror or str(exc))
    )
    return WorkspaceError(
        t(
            f"{source}: impor dibatalkan, workspace tidak berubah: {reason}",
            f"{source}: import cancelled, the workspace is unchanged: {reason}",
        )
    )


def _check_fits_event(source: str, m: Manifest, event: store_events.Event) -> None:
    """Refuse a package made for another competition, edition or category."""
    if m.competition != event.competition:
        raise _refuse(
            source,
            f"{rules.MANIFEST} competition",
            t(
                f"paket untuk lomba {m.competition}, acara {event.id} adalah {event.competition}",
                f"package is for {m.competition}, event {event.id} is {event.competition}",
            ),
        )
    if event.edition and m.edition != event.edition:
        raise _refuse(
            source,
            f"{rules.MANIFEST} edition",
            t(
                f"paket ini untuk edisi {m.edition}, sedangkan acara «{event.name}» "
                f"({event.id}) mengharapkan edisi {event.edition}; impor ke acara edisi "
                f"{m.edition} atau minta paket edisi {event.edition}",
                f"this package is for edition {m.edition}, but the event «{event.name}» "
                f"({event.id}) expects edition {event.edition}; import it into an event "
                f"of edition {m.edition} or ask for a package of edition {event.edition}",
            ),
        )
    category = m.category or m.region.kind
    if event.categories and category.casefold() not in {c.casefold() for c in event.categories}:
        accepted = ", ".join(event.categories)
        raise _refuse(
            source,
            f"{rules.MANIFEST} category" if m.category else f"{rules.MANIFEST} region kind",
            t(
                f"paket ini berkategori {category}, sedangkan acara «{event.name}» hanya "
                f"menerima kategori: {accepted}",
                f"this package's category is {category}, but the event «{event.name}» "
                f"accepts only: {accepted}",
            ),
        )


def import_package(
    ws: Workspace,
    path: Path | str,
    event_id: str,
    *,
    progress: Progress | None = None,
    actor: str = "secretariat",
) -> ImportResult:
    """Import one package into the event; all or nothing (see the module doc)."""
    clean_incoming(ws)
    try:
        event = store_events.get_event(ws, event_id)
    except KeyError:
        raise _refuse(
            str(path), "", t(f"tidak ada acara {event_id!r}", f"no event {event_id!r}")
        ) from None
    prep = _prepare(path)
    created: list[Path] = []
    try:
        m = prep.manifest
        source = prep.reader.source
        _check_fits_event(source, m, event)
        incoming = ws.blobs_dir / INCOMING / f"{os.getpid()}-{uuid.uuid4().hex}"
        for d in (ws.blobs_dir, ws.blobs_dir / INCOMING):
            if not d.exists():
                created.append(d)
        try:
            blobs.make_own_folder(incoming)
            scanned = _scan(
                prep,
                incoming,
                keep=lambda sha: not store.blob_known(ws, sha),
                progress=progress,
            )
            digest = rules.content_digest(m)
            region_id = store_events.find_region(
                ws, m.region.name, m.region.kind, m.region.province
            )
            current = store.current_version(ws, event.id, region_id) if region_id else None
            warnings = [f"{source}: {d.doc.file}: {d.warning}" for d in scanned if d.warning]
            if current is not None and current.package_sha256 == digest:
                return ImportResult(
                    source, current.id, "unchanged", current.version, None, warnings
                )
            ws.backup("before-import")
            sid, made = _commit(ws, incoming, scanned, m, event.id, digest, actor)
        except OSError as exc:
            raise _disk_error(source, exc) from None
        finally:
            shutil.rmtree(incoming, ignore_errors=True)
        version = store.version_of(ws, sid)
        if not made:
            return ImportResult(source, sid, "unchanged", version, None, warnings)
        prev = current.id if current is not None else None
        return ImportResult(
            source, sid, "new-version" if prev else "imported", version, prev, warnings
        )
    finally:
        prep.reader.close()
        for d in reversed(created):  # folders this import made, if left empty
            with contextlib.suppress(OSError):
                d.rmdir()


def _new_submission(
    m: Manifest, event_id: str, region_id: str, digest: str, scanned: list[ScannedDocument]
) -> store.NewSubmission:
    """The submission row of a package: its manifest and the documents as scanned."""
    return store.NewSubmission(
        event_id=event_id,
        region_id=region_id,
        category=m.category or m.region.kind,
        title=m.title,
        package_sha256=digest,
        manifest=m.to_data(),
        sample=m.sample,
        documents=[
            store.DocumentRow(
                d.doc.file,
                d.doc.title,
                d.doc.kind,
                d.sha256,
                d.media_type,
                d.pages,
                d.warning,
            )
            for d in scanned
        ],
        key_figures=m.indicators,
        innovations=m.innovations,
    )


def _commit(
    ws: Workspace,
    incoming: Path,
    scanned: list[ScannedDocument],
    m: Manifest,
    event_id: str,
    digest: str,
    actor: str,
) -> tuple[str, bool]:
    """(submission id, created). Not created when, inside the write lock, the
    region's current version already holds this content (a concurrent import
    of the same package got there first): importing it again is a no-op."""
    placed = blobs.Placed()
    try:
        with ws.transaction():
            region_id = store_events.upsert_region(
                ws, m.region.name, m.region.kind, m.region.province, m.region.code
            )
            held = store.current_version(ws, event_id, region_id)
            if held is not None and held.package_sha256 == digest:
                return held.id, False
            fresh = [
                (d.sha256, d.temp)
                for d in scanned
                if d.temp is not None and not store.blob_known(ws, d.sha256)
            ]
            blobs.place(ws, incoming, fresh, placed)
            for d in scanned:
                store.add_blob(ws, d.sha256, d.size)
            sid = store.insert_submission(
                ws, _new_submission(m, event_id, region_id, digest, scanned), actor=actor
            )
            return sid, True
    except BaseException:
        blobs.undo(ws, placed)
        raise


# ---- build ---------------------------------------------------------------------------------------
ZIP_DATE = (2020, 1, 1, 0, 0, 0)  # fixed: the same folder always gives the same zip


def build_package(
    folder: Path | str, out: Path | str, progress: Progress | None = None
) -> CheckResult:
    """Zip a region's folder into a package, filling empty ``sha256`` fields.

    The folder (and its manifest) is left untouched; the zip holds the
    completed manifest. The written zip is checked like any received package.
    """
    src = Path(folder)
    if not src.is_dir():
        raise _refuse(str(src), "", t("bukan folder", "not a folder"))
    prep = _prepare(src, require_sha256=False)
    out_path = Path(out)
    try:
        with tempfile.TemporaryDirectory(prefix="judgeapp-build-") as tmp:
            scanned = _scan(prep, Path(tmp), keep=None, progress=None, inspect=False)
        docs = [d.doc.model_copy(update={"sha256": d.sha256}) for d in scanned]
        manifest = prep.manifest.model_copy(update={"documents": tuple(docs)})
        text = "# judgeapp package build\n" + yaml.safe_dump(
            manifest.to_data(), sort_keys=False, allow_unicode=True, width=100
        )
        rules.parse_manifest(text, str(out_path))  # what we write must read back
        part = out_path.with_name(out_path.name + ".part")
        try:
            with open(part, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
                zf.writestr(_zipinfo(rules.MANIFEST), text.encode("utf-8"))
                for d in scanned:
                    zi = _zipinfo(d.doc.file)
                    zi.file_size = d.size
                    with (
                        prep.reader.open(d.doc.file) as fh,
                        zf.open(zi, "w", force_zip64=d.size > 2**31) as dst,
                    ):
                        shutil.copyfileobj(fh, dst, CHUNK)
                zf.close()
                _fsync(raw)
            os.replace(part, out_path)
        except BaseException:
            with contextlib.suppress(OSError):
                part.unlink()
            raise
    finally:
        prep.reader.close()
    return check_package(out_path, progress)


def _zipinfo(name: str) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, ZIP_DATE)
    zi.create_system = 3
    zi.external_attr = (stat.S_IFREG | 0o644) << 16
    zi.compress_type = zipfile.ZIP_STORED
    if not name.isascii():
        zi.flag_bits |= 0x800
    return zi

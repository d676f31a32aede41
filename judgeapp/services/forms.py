"""The forms catalogue: shipped rubric files, loading and checking them; the
forms pinned in a workspace (``load_pinned``, the store's, handed on)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judgeapp.domain import bounds
from judgeapp.domain.rubric import Form, FormError, FormProblem, load_form_text
from judgeapp.domain.safeparse import InputRefused
from judgeapp.resources import forms_dir
from judgeapp.services.reading import read_regular_file
from judgeapp.store.forms import load_pinned as load_pinned


def load_form_file(path: Path | str) -> Form:
    """Load and validate one form file; raise ``FormError`` naming the file.

    Only a regular file is read (a link to a device, a FIFO or a folder is
    refused before it is opened for reading), and at most
    ``bounds.MAX_FORM_BYTES`` of it."""
    p = Path(path)
    try:
        raw = read_regular_file(p, bounds.MAX_FORM_BYTES)
    except InputRefused as exc:
        raise FormError([FormProblem(str(p), exc.place or "<file>", exc.reason)]) from None
    return load_form_text(raw, source=str(p))


def check_files(paths: list[str]) -> list[FormProblem]:
    """Every problem in the given files (empty when all are valid)."""
    problems: list[FormProblem] = []
    for path in paths:
        try:
            load_form_file(path)
        except FormError as exc:
            problems.extend(exc.problems)
    return problems


@dataclass(frozen=True)
class CatalogEntry:
    path: Path
    form: Form


def shipped_forms(folder: Path | None = None) -> list[CatalogEntry]:
    """All valid forms in the forms folder, sorted by id (invalid ones raise)."""
    base = folder or forms_dir()
    out = [CatalogEntry(p, load_form_file(p)) for p in sorted(base.glob("*.yaml"))]
    return sorted(out, key=lambda e: e.form.id)


def find_form(form_id: str, folder: Path | None = None) -> Form:
    """A shipped form by id (or a path to a form file)."""
    candidate = Path(form_id)
    if candidate.suffix in (".yaml", ".yml") and candidate.exists():
        return load_form_file(candidate)
    for entry in shipped_forms(folder):
        if entry.form.id == form_id:
            return entry.form
    known = ", ".join(e.form.id for e in shipped_forms(folder))
    raise KeyError(f"no form {form_id!r} (known: {known})")

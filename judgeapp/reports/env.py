"""The Jinja environment of the report templates (``reports/*.html.j2``).

Autoescape is always on and undefined names are errors (``StrictUndefined``):
a template that mentions a missing field fails loudly instead of printing an
empty cell. User text is only ever *data* for a template, never a template.

Templates pick their language with ``tr("Indonesia", "English")``; numbers go
through ``num`` (decimal comma and dot grouping in Indonesian) and dates
through ``date``/``datetime``.
"""

from __future__ import annotations

import threading
from datetime import date as _date
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from judgeapp.domain.scoring import quantize
from judgeapp.i18n import decimal_text, zone_name
from judgeapp.resources import reports_dir
from judgeapp.services.ladder_words import rule_words

MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_lock = threading.Lock()
_envs: dict[tuple[str, str], Environment] = {}


def fmt_num(value: Any, decimals: int | None = None, lang: str = "id") -> str:
    """A number for print: '' for none; Indonesian '1.234,56', English '1,234.56'."""
    if value is None or value == "":
        return ""
    try:
        dec = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if decimals is not None:
        dec = quantize(dec, decimals)
        text = f"{dec:,.{decimals}f}"
    else:
        norm = dec.normalize()
        exp = norm.as_tuple().exponent
        places = -exp if isinstance(exp, int) and exp < 0 else 0
        text = f"{norm:,.{places}f}"
    if lang == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def _parse_when(value: Any) -> datetime | _date | None:
    if not value:
        return None
    if isinstance(value, datetime | _date):
        return value
    text = str(value).strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        try:
            return _date.fromisoformat(text[:10])
        except ValueError:
            return None


def fmt_date(value: Any, lang: str = "id") -> str:
    when = _parse_when(value)
    if when is None:
        return str(value or "")
    months = MONTHS_EN if lang == "en" else MONTHS_ID
    return f"{when.day} {months[when.month - 1]} {when.year}"


def fmt_datetime(value: Any, lang: str = "id") -> str:
    when = _parse_when(value)
    if when is None:
        return str(value or "")
    if not isinstance(when, datetime):
        return fmt_date(when, lang)
    if when.tzinfo is None:  # written local already
        return f"{fmt_date(when, lang)} {when:%H:%M}"
    when = when.astimezone()  # the local time zone, named: "14:05 WIB"
    return f"{fmt_date(when, lang)} {when:%H:%M} {zone_name(when)}"


def make_env(lang: str = "id") -> Environment:
    """The (cached) environment for one language and the current template folder."""
    if lang not in ("id", "en"):
        raise ValueError(f"unknown language {lang!r}")
    folder = str(reports_dir())
    key = (lang, folder)
    with _lock:
        env = _envs.get(key)
        if env is not None:
            return env
        env = Environment(
            loader=FileSystemLoader(folder),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        env.globals["lang"] = lang
        env.globals["tr"] = (lambda i, e: e) if lang == "en" else (lambda i, e: i)
        env.filters["num"] = lambda v, d=None: fmt_num(v, d, lang)
        # a number already written with its places ("80.10"): only the decimal mark
        env.filters["mark"] = lambda v: decimal_text(str(v), lang)
        env.globals["rule_words"] = lambda rule, label="": rule_words(rule, label, lang)
        env.filters["date"] = lambda v: fmt_date(v, lang)
        env.filters["datetime"] = lambda v: fmt_datetime(v, lang)
        _envs[key] = env
        return env

"""Language of messages produced outside Qt (services, command line, reports).

Qt widgets translate through ``QObject.tr`` and the ``translations/`` catalogues;
code below the UI returns messages built with ``t(indonesian, english)``, which
picks the language chosen at start-up (``--lang``, the app's setting, or
``JUDGEAPP_LANG``). Indonesian is the default.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

LANGUAGES = ("id", "en")
_state = {
    "lang": os.environ.get("JUDGEAPP_LANG", "id")
    if os.environ.get("JUDGEAPP_LANG") in LANGUAGES
    else "id"
}


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _state["lang"] = lang


_thread = threading.local()  # a language set for this thread only (``speaking``)


def language() -> str:
    return getattr(_thread, "lang", None) or _state["lang"]


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Messages made in this thread inside the block are in ``lang`` (a report
    printed in English from the Indonesian app); other threads are untouched."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    before = getattr(_thread, "lang", None)
    _thread.lang = lang
    try:
        yield
    finally:
        _thread.lang = before


def t(indonesian: str, english: str) -> str:
    """The message in the current language."""
    return english if language() == "en" else indonesian


def decimal_text(text: str, lang: str | None = None) -> str:
    """A number written the machine way ("7.25", "-0.5", "8.9977*") as people
    read it in the current language (or ``lang``): "7,25" in Indonesian,
    unchanged in English. Only a text that is one number (a mark such as "*"
    or "%" may follow) is changed; a name, "", "–" come back as they are."""
    if (lang or language()) == "en" or "." not in text:
        return text
    m = _NUMBER.match(text)
    if m is None:
        return text
    return f"{m.group(1)},{m.group(2)}{m.group(3)}"


_NUMBER = re.compile(r"^(\s*[+\-−]?\d+)\.(\d+)([^\d.,]*)$")


# ---- times ------------------------------------------------------------------------------
# Indonesia's zones by their UTC offset in hours, for systems whose zone
# abbreviation is not a name (Windows' "SE Asia Standard Time", tzdata's "+08")
INDONESIAN_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}


def zone_name(when: object) -> str:
    """The name of an aware datetime's zone as people in that zone write it:
    its abbreviation (WIB, WITA, WIT, CET …) when the system has a short one;
    else, for a long system name (Windows: "SE Asia Standard Time"), WIB/WITA/WIT
    at Indonesia's offsets; else "UTC+08:00"."""
    from datetime import datetime, timedelta

    assert isinstance(when, datetime) and when.tzinfo is not None
    abbr = (when.tzname() or "").strip()
    if abbr.isalpha() and abbr.isupper() and len(abbr) <= 5:
        return abbr
    offset = when.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    numeric = abbr[:1] in ("+", "-")  # tzdata's "+08" (Singapore …): no name to give
    if not numeric and minutes % 60 == 0 and minutes // 60 in INDONESIAN_ZONES:
        return INDONESIAN_ZONES[minutes // 60]
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_time(value: object, *, date: bool = True, seconds: bool = False) -> str:
    """A stored time stamp (ISO 8601, UTC "…Z" or with an offset; or an aware
    datetime) in the local time zone with the zone's name: "2024-06-12 14:05 WIB"
    (``date=False``: "14:05 WIB"). A stamp without a zone is taken as written
    (local already); '' and unreadable text come back as they are."""
    from datetime import datetime

    if isinstance(value, datetime):
        when = value
    else:
        text = str(value or "").strip()
        if not text:
            return ""
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
    shape = ("%Y-%m-%d " if date else "") + ("%H:%M:%S" if seconds else "%H:%M")
    if when.tzinfo is None:
        return when.strftime(shape)
    local = when.astimezone()
    return f"{local.strftime(shape)} {zone_name(local)}"

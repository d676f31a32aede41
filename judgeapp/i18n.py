"""Language of messages produced outside Qt (services, command line, reports).

Qt widgets translate through ``QObject.tr`` and the ``translations/`` catalogues;
code below the UI returns messages built with ``t(indonesian, english)``, which
picks the language chosen at start-up (``--lang``, the app's setting, or
``JUDGEAPP_LANG``). Indonesian is the default.
"""

from __future__ import annotations

import os

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


def language() -> str:
    return _state["lang"]


def t(indonesian: str, english: str) -> str:
    """The message in the current language."""
    return english if _state["lang"] == "en" else indonesian


def decimal_text(text: str, lang: str | None = None) -> str:
    """A number written the machine way ("7.25", "-0.5") as people read it in
    the current language (or ``lang``): "7,25" in Indonesian, unchanged in
    English. Anything that is not such a number (a name, "", "–") comes back as
    it is."""
    if (lang or _state["lang"]) == "en" or "." not in text:
        return text
    body = text.strip()
    sign = body[:1] if body[:1] in "+-−" else ""
    whole, _, frac = body[len(sign) :].partition(".")
    if not (whole.isdigit() and frac.isdigit()):
        return text
    return text.replace(body, f"{sign}{whole},{frac}")

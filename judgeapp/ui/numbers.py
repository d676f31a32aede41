"""Numbers as the app shows them: the decimal mark of the interface language.

Indonesian writes 7,25 (as the printed reports do); English 7.25. Only what is
shown changes: values are kept, compared and written to files and JSON the
machine way ("7.25"), and a score typed with either mark is read the same
(``domain.scoring.parse_score``). ``fmt`` is ``domain.scoring.fmt`` (exact
rounding) followed by the language's mark; ``shown`` turns any machine-written
number text ("8.9977*") into the shown form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from judgeapp.i18n import decimal_text

if TYPE_CHECKING:  # the scoring engine (numpy, rubric models) loads on the first number
    from judgeapp.domain.scoring import Number


def fmt(value: Number | None, decimals: int | None = None, rounding: str = "half_up") -> str:
    """A value for display ('' for none), rounded exactly, with the language's
    decimal mark."""
    from judgeapp.domain import scoring

    return decimal_text(scoring.fmt(value, decimals, rounding))


def shown(text: str) -> str:
    """A number already written with its places ("8.9977*") with the
    language's decimal mark."""
    return decimal_text(text)

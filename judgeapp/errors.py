"""The project's one refusal type.

``Refused`` is what every layer raises when the *input* or the *request* cannot
be accepted and the user can do something about it: a malformed file, a score
out of scale, a locked sheet, a workspace written by a newer app. It carries the
file, the place in it and the reason, already in the user's language
(``judgeapp.i18n.t``). The command line prints it and exits 1; the app shows it
as a message. Any other exception is a bug and goes to the crash handler.

This module is a leaf: every layer may import it and it imports nothing of the
project.
"""

from __future__ import annotations


class Refused(Exception):
    """Refused input or request: ``file`` (or source), ``place`` in it, ``reason``.

    ``str(exc)`` is the message shown to the user: ``file: place: reason`` with
    the parts that are known.
    """

    def __init__(self, reason: str = "", *, file: str | None = None, place: str | None = None):
        self.file = file
        self.place = place
        self.reason = reason
        super().__init__(self.message())

    def message(self) -> str:
        return ": ".join(str(p) for p in (self.file, self.place, self.reason) if p)

    def __str__(self) -> str:
        return self.message()


class WorkspaceError(Refused):
    """A problem with the workspace the user can understand and act on.

    Raised by the store (``judgeapp.store.db`` and its faults: full disk, busy,
    failed write); defined here so that every layer may catch it."""


class NotFound(Refused, KeyError):
    """The request names something the workspace does not hold (an event, a
    stage, a submission, a sheet, a judge, a document).

    Also a ``KeyError``, so that code looking a name up may catch it as one
    (``str()`` is still the plain message, not KeyError's quoted one).
    """

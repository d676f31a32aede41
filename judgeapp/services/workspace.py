"""Opening a workspace folder (the store's ``open_workspace``, handed on so
that the UI opens workspaces through this layer) and what the window asks of
it before any screen is built: whose workspace it is and whether it holds an
event. A folder that cannot be opened raises ``judgeapp.errors.WorkspaceError``.
Kept light: the main window imports it on the way to the first screen."""

from __future__ import annotations

from judgeapp.store.db import Workspace
from judgeapp.store.db import open_workspace as open_workspace


def workspace_judge(ws: Workspace) -> str | None:
    """The fixed judge of a judge workspace (settings role=judge), else None."""
    if ws.get_setting("role") == "judge":
        return ws.get_setting("judge_id") or None
    return None


def holds_event(ws: Workspace) -> bool:
    """Whether an event has been set up in the workspace (else: first run)."""
    return ws.holds_event()

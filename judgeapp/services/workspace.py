"""Opening a workspace folder (the store's ``open_workspace``, handed on so
that the UI opens workspaces through this layer). A folder that cannot be
opened raises ``judgeapp.errors.WorkspaceError``."""

from __future__ import annotations

from judgeapp.store.db import open_workspace as open_workspace

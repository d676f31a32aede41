"""What a submission holds, as the judge's screens and the reports read it:
its documents (and the stored file of one), key figures and innovations.

These are the store's queries (``judgeapp.store.submissions``) and the rows
they return, handed on so that the UI and the reports reach them through this
layer.
"""

from __future__ import annotations

from judgeapp.store.submissions import HeldInnovation as HeldInnovation
from judgeapp.store.submissions import HeldKeyFigure as HeldKeyFigure
from judgeapp.store.submissions import document_path as document_path
from judgeapp.store.submissions import documents as documents
from judgeapp.store.submissions import innovations as innovations
from judgeapp.store.submissions import key_figures as key_figures

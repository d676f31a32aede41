"""The judge's screens: home (assigned regions and schedule), region view,
interview screen (rubric beside the documents, phase timer), their Qt models
and dialogs. Shared widgets (PDF viewer, task runner, language, crash handler)
live one level up in ``judgeapp.ui``."""

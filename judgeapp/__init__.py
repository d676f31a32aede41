"""JudgeApp: offline scoring for Indonesian regional-government competitions."""

__version__ = "0.1.0"

-- 0020: a judge who has scored (any sheet, or a signed score file received) is
-- never deleted: removing them retires them. `retired_at` (empty: active) and
-- `retired_reason` say when and why; the history row 'judge-retired' says so
-- too. A retired judge keeps their sheets and history, gets no new assignment
-- and no bundle, and their name stays reserved in the event.
ALTER TABLE judges ADD COLUMN retired_at TEXT NOT NULL DEFAULT '';
ALTER TABLE judges ADD COLUMN retired_reason TEXT NOT NULL DEFAULT '';

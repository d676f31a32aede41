-- 0023: what a judge's list of regions shows of each sheet (items scored,
-- items in all, the total), kept with the scores it was computed from
-- (scores_json) and the pinned form's hash. A row counts only while the
-- sheet still holds exactly those scores under that form, so no writer has
-- to keep it up to date: a changed sheet is scored again and its row
-- replaced. Nothing but the list of regions reads it; the ranking, the
-- reports and verify score the sheets themselves.

CREATE TABLE sheet_progress (
    sheet_id TEXT PRIMARY KEY,
    form_hash TEXT NOT NULL,
    scores_json TEXT NOT NULL,
    scored_keys INTEGER NOT NULL,
    total_keys INTEGER NOT NULL,
    total TEXT
);

CREATE TRIGGER sheet_progress_sheet_gone AFTER DELETE ON sheets
BEGIN
    DELETE FROM sheet_progress WHERE sheet_id = OLD.id;
END;

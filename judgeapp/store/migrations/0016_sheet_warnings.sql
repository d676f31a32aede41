-- 0016: what an import noticed about a sheet and kept it from saying by itself,
-- as a JSON list of objects — so far the official worksheet's blank or 0 score
-- cells: {"kind": "blank" | "zero", "cell": "G31", "key": "1.6"}. '' when none.
-- The sheet still counts (its total is the worksheet's own formula result);
-- the secretariat sees the list and may moderate with a reason.
ALTER TABLE sheets ADD COLUMN warnings TEXT NOT NULL DEFAULT '';

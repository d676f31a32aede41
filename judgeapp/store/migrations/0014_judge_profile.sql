-- 0014: what automatic assignment needs to know of a judge: their own
-- province and institution (rules "not their own province / institution"),
-- a capacity (most submissions per stage; NULL: no limit, balanced with the
-- others) and the categories they prefer (JSON list; a soft goal).
ALTER TABLE judges ADD COLUMN province TEXT NOT NULL DEFAULT '';
ALTER TABLE judges ADD COLUMN institution TEXT NOT NULL DEFAULT '';
ALTER TABLE judges ADD COLUMN capacity INTEGER;
ALTER TABLE judges ADD COLUMN expertise TEXT NOT NULL DEFAULT '[]';

-- 0011: each sheet carries its scores as one JSON object (key → decimal text),
-- kept equal to item_scores by triggers, so that merging and ranking read one
-- row per sheet instead of one row per item (3,000 × 5 × 195 rows nationally).
-- item_scores stays the source every edit writes to.

ALTER TABLE sheets ADD COLUMN scores_json TEXT NOT NULL DEFAULT '{}';

UPDATE sheets SET scores_json = COALESCE(
    (SELECT json_group_object(key, value) FROM item_scores WHERE sheet_id = sheets.id), '{}');

CREATE TRIGGER item_scores_json_insert AFTER INSERT ON item_scores
BEGIN
    UPDATE sheets SET scores_json = json_set(scores_json, '$."' || NEW.key || '"', NEW.value)
    WHERE id = NEW.sheet_id;
END;

CREATE TRIGGER item_scores_json_update AFTER UPDATE ON item_scores
BEGIN
    UPDATE sheets SET scores_json = json_remove(scores_json, '$."' || OLD.key || '"')
    WHERE id = OLD.sheet_id;
    UPDATE sheets SET scores_json = json_set(scores_json, '$."' || NEW.key || '"', NEW.value)
    WHERE id = NEW.sheet_id;
END;

CREATE TRIGGER item_scores_json_delete AFTER DELETE ON item_scores
BEGIN
    UPDATE sheets SET scores_json = json_remove(scores_json, '$."' || OLD.key || '"')
    WHERE id = OLD.sheet_id;
END;

-- 0022: each sheet also carries its scores in a form the ranking reads without
-- parsing JSON: score_keys holds the keys, each followed by char(31), and
-- score_micro one 16-character slot per key in the same order — the value in
-- millionths as a right-aligned integer and a comma ("        8250000," for
-- 8.25). A value that is not plain decimal text with at most 7 digits before
-- and 6 after the point gets the slot -99999999999999 (the reader then scores
-- that sheet from scores_json). Triggers keep both equal to item_scores: a new
-- key is appended, a changed value is rewritten in its slot, a removed key is
-- cut out; a key holding char(31), or a change
-- to a key the copy does not hold, sets both to NULL, and a sheet whose copy is
-- NULL is read from scores_json. item_scores stays the source every edit
-- writes to; verify compares this copy with it.

ALTER TABLE sheets ADD COLUMN score_keys TEXT DEFAULT '';
ALTER TABLE sheets ADD COLUMN score_micro TEXT DEFAULT '';

UPDATE sheets SET
    score_keys = COALESCE((SELECT group_concat(key || char(31), '') FROM
        (SELECT key FROM item_scores WHERE sheet_id = sheets.id ORDER BY key)), ''),
    score_micro = COALESCE((SELECT group_concat(printf('%15d,', CASE
        WHEN value NOT GLOB '*[^0-9.-]*' AND value GLOB '*[0-9]*'
            AND instr(substr(value, 2), '-') = 0
            AND instr(substr(value, instr(value, '.') + 1), '.') = 0
            AND (CASE WHEN instr(value, '.') = 0 THEN 0 ELSE length(value) - instr(value, '.') END) <= 6
            AND (CASE WHEN instr(value, '.') = 0 THEN length(value) ELSE instr(value, '.') - 1 END)
                - (substr(value, 1, 1) = '-') <= 7
        THEN CAST(replace(value, '.', '') AS INTEGER) * CAST(substr('1000000', 1,
            7 - (CASE WHEN instr(value, '.') = 0 THEN 0 ELSE length(value) - instr(value, '.') END)) AS INTEGER)
        ELSE -99999999999999 END), '') FROM
        (SELECT value FROM item_scores WHERE sheet_id = sheets.id ORDER BY key)), '');

CREATE TRIGGER item_scores_pack_insert AFTER INSERT ON item_scores
BEGIN
    UPDATE sheets SET
        score_micro = CASE WHEN instr(NEW.key, char(31)) > 0 THEN NULL ELSE score_micro || printf('%15d,', CASE
        WHEN NEW.value NOT GLOB '*[^0-9.-]*' AND NEW.value GLOB '*[0-9]*'
            AND instr(substr(NEW.value, 2), '-') = 0
            AND instr(substr(NEW.value, instr(NEW.value, '.') + 1), '.') = 0
            AND (CASE WHEN instr(NEW.value, '.') = 0 THEN 0 ELSE length(NEW.value) - instr(NEW.value, '.') END) <= 6
            AND (CASE WHEN instr(NEW.value, '.') = 0 THEN length(NEW.value) ELSE instr(NEW.value, '.') - 1 END)
                - (substr(NEW.value, 1, 1) = '-') <= 7
        THEN CAST(replace(NEW.value, '.', '') AS INTEGER) * CAST(substr('1000000', 1,
            7 - (CASE WHEN instr(NEW.value, '.') = 0 THEN 0 ELSE length(NEW.value) - instr(NEW.value, '.') END)) AS INTEGER)
        ELSE -99999999999999 END) END,
        score_keys = CASE WHEN instr(NEW.key, char(31)) > 0 THEN NULL ELSE score_keys || NEW.key || char(31) END
    WHERE id = NEW.sheet_id;
END;

CREATE TRIGGER item_scores_pack_update AFTER UPDATE ON item_scores
WHEN OLD.sheet_id = NEW.sheet_id AND OLD.key = NEW.key
BEGIN
    UPDATE sheets SET
        score_micro = CASE WHEN (instr(char(31) || score_keys, char(31) || NEW.key || char(31))) = 0 THEN NULL
            ELSE substr(score_micro, 1, 16 * ((instr(char(31) || score_keys, char(31) || NEW.key || char(31))) - 1 - length(replace(substr(score_keys, 1, (instr(char(31) || score_keys, char(31) || NEW.key || char(31))) - 1), char(31), '')))) || printf('%15d,', CASE
        WHEN NEW.value NOT GLOB '*[^0-9.-]*' AND NEW.value GLOB '*[0-9]*'
            AND instr(substr(NEW.value, 2), '-') = 0
            AND instr(substr(NEW.value, instr(NEW.value, '.') + 1), '.') = 0
            AND (CASE WHEN instr(NEW.value, '.') = 0 THEN 0 ELSE length(NEW.value) - instr(NEW.value, '.') END) <= 6
            AND (CASE WHEN instr(NEW.value, '.') = 0 THEN length(NEW.value) ELSE instr(NEW.value, '.') - 1 END)
                - (substr(NEW.value, 1, 1) = '-') <= 7
        THEN CAST(replace(NEW.value, '.', '') AS INTEGER) * CAST(substr('1000000', 1,
            7 - (CASE WHEN instr(NEW.value, '.') = 0 THEN 0 ELSE length(NEW.value) - instr(NEW.value, '.') END)) AS INTEGER)
        ELSE -99999999999999 END) || substr(score_micro, 16 * ((instr(char(31) || score_keys, char(31) || NEW.key || char(31))) - 1 - length(replace(substr(score_keys, 1, (instr(char(31) || score_keys, char(31) || NEW.key || char(31))) - 1), char(31), ''))) + 17) END,
        score_keys = CASE WHEN (instr(char(31) || score_keys, char(31) || NEW.key || char(31))) = 0 THEN NULL ELSE score_keys END
    WHERE id = NEW.sheet_id;
END;

CREATE TRIGGER item_scores_pack_move AFTER UPDATE ON item_scores
WHEN NOT (OLD.sheet_id = NEW.sheet_id AND OLD.key = NEW.key)
BEGIN
    UPDATE sheets SET
        score_micro = CASE WHEN (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) = 0 THEN NULL
            ELSE substr(score_micro, 1, 16 * ((instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1 - length(replace(substr(score_keys, 1, (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1), char(31), '')))) || substr(score_micro, 16 * ((instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1 - length(replace(substr(score_keys, 1, (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1), char(31), ''))) + 17) END,
        score_keys = CASE WHEN (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) = 0 THEN NULL
            ELSE substr(score_keys, 1, (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1) || substr(score_keys, (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) + length(OLD.key) + 1) END
    WHERE id = OLD.sheet_id;
    UPDATE sheets SET
        score_micro = CASE WHEN instr(NEW.key, char(31)) > 0 THEN NULL ELSE score_micro || printf('%15d,', CASE
        WHEN NEW.value NOT GLOB '*[^0-9.-]*' AND NEW.value GLOB '*[0-9]*'
            AND instr(substr(NEW.value, 2), '-') = 0
            AND instr(substr(NEW.value, instr(NEW.value, '.') + 1), '.') = 0
            AND (CASE WHEN instr(NEW.value, '.') = 0 THEN 0 ELSE length(NEW.value) - instr(NEW.value, '.') END) <= 6
            AND (CASE WHEN instr(NEW.value, '.') = 0 THEN length(NEW.value) ELSE instr(NEW.value, '.') - 1 END)
                - (substr(NEW.value, 1, 1) = '-') <= 7
        THEN CAST(replace(NEW.value, '.', '') AS INTEGER) * CAST(substr('1000000', 1,
            7 - (CASE WHEN instr(NEW.value, '.') = 0 THEN 0 ELSE length(NEW.value) - instr(NEW.value, '.') END)) AS INTEGER)
        ELSE -99999999999999 END) END,
        score_keys = CASE WHEN instr(NEW.key, char(31)) > 0 THEN NULL ELSE score_keys || NEW.key || char(31) END
    WHERE id = NEW.sheet_id;
END;

CREATE TRIGGER item_scores_pack_delete AFTER DELETE ON item_scores
BEGIN
    UPDATE sheets SET
        score_micro = CASE WHEN (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) = 0 THEN NULL
            ELSE substr(score_micro, 1, 16 * ((instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1 - length(replace(substr(score_keys, 1, (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1), char(31), '')))) || substr(score_micro, 16 * ((instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1 - length(replace(substr(score_keys, 1, (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1), char(31), ''))) + 17) END,
        score_keys = CASE WHEN (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) = 0 THEN NULL
            ELSE substr(score_keys, 1, (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) - 1) || substr(score_keys, (instr(char(31) || score_keys, char(31) || OLD.key || char(31))) + length(OLD.key) + 1) END
    WHERE id = OLD.sheet_id;
END;

-- 0017: a judge's private note ("Catatan (hanya untuk Anda)", text field
-- 'note') never stays at the secretariat. Score files of format 1 carried it;
-- what earlier imports stored of it is removed here: the texts of every sheet
-- that did not come from this laptop's own scoring (source <> 'local'), the
-- note's words in the history rows that recorded them (the rows stay, their
-- values read "[private note removed]", and the SHA-256 chain is recomputed
-- from the first such row on, before any signed checkpoint exists), and the
-- notes inside the kept copies of format-1 files (marked "redacted": their
-- signature was checked when they were imported). A judge's own workspace
-- (sheets with source 'local') keeps its notes.

DELETE FROM sheet_texts
WHERE field = 'note' AND sheet_id IN (SELECT id FROM sheets WHERE source <> 'local');

CREATE TEMP TABLE private_rows AS
SELECT h.id FROM history h
WHERE h.action = 'text' AND h.target LIKE '%/note'
  AND h.sheet_id IN (SELECT id FROM sheets WHERE source <> 'local');

DROP TRIGGER history_no_update;
UPDATE history
SET old = CASE WHEN old IS NULL THEN NULL ELSE '[private note removed]' END,
    new = CASE WHEN new IS NULL THEN NULL ELSE '[private note removed]' END
WHERE id IN (SELECT id FROM private_rows);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

DROP TRIGGER history_chain_no_update;
DROP TRIGGER history_chain_no_delete;
CREATE TEMP TABLE rechain_from AS SELECT min(id) AS id FROM private_rows;
DELETE FROM history_chain WHERE id >= (SELECT id FROM rechain_from);
INSERT INTO history_chain(id, digest)
WITH RECURSIVE c(id, digest) AS (
    SELECT h.id, judgeapp_chain(
        COALESCE((SELECT digest FROM history_chain WHERE id < h.id ORDER BY id DESC LIMIT 1), ''),
        h.id, h.at, h.actor, h.action, h.event_id, h.sheet_id, h.target, h.old, h.new, h.reason)
    FROM history h WHERE h.id = (SELECT id FROM rechain_from)
    UNION ALL
    SELECT h.id, judgeapp_chain(c.digest, h.id, h.at, h.actor, h.action, h.event_id, h.sheet_id,
                                h.target, h.old, h.new, h.reason)
    FROM c JOIN history h ON h.id = (SELECT min(id) FROM history WHERE id > c.id)
)
SELECT id, digest FROM c;
CREATE TRIGGER history_chain_no_update BEFORE UPDATE ON history_chain
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_chain_no_delete BEFORE DELETE ON history_chain
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

INSERT INTO history(at, actor, action, target, new, reason)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'judgeapp', 'redact', 'private notes',
       CAST(count(*) AS TEXT), 'migration 0017: private notes never stay at the secretariat'
FROM private_rows HAVING count(*) > 0;

UPDATE score_files
SET body = json_set(
    body,
    '$.payload.sheets',
    (SELECT json_group_array(json_set(s.value, '$.texts', (
         SELECT json_group_array(json(x.value)) FROM json_each(s.value, '$.texts') x
         WHERE json_extract(x.value, '$.field') <> 'note')))
     FROM json_each(body, '$.payload.sheets') s),
    '$.redacted', json('true'))
WHERE body LIKE '%"field":"note"%';

DROP TABLE private_rows;
DROP TABLE rechain_from;

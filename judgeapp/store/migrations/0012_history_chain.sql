-- 0012: the history becomes verifiable. Each history row gets a digest
-- chaining it to the row before (SHA-256 over the previous digest and the
-- row's fields, computed by the judgeapp_chain() function every connection
-- registers), kept in history_chain by a trigger. `judgeapp verify WORKSPACE`
-- recomputes the chain; an edited, removed or re-ordered row breaks it.

CREATE TABLE history_chain (
    id     INTEGER PRIMARY KEY REFERENCES history(id),
    digest TEXT NOT NULL
);

INSERT INTO history_chain(id, digest)
WITH RECURSIVE c(id, digest) AS (
    SELECT h.id, judgeapp_chain('', h.id, h.at, h.actor, h.action, h.event_id, h.sheet_id,
                                h.target, h.old, h.new, h.reason)
    FROM history h WHERE h.id = (SELECT min(id) FROM history)
    UNION ALL
    SELECT h.id, judgeapp_chain(c.digest, h.id, h.at, h.actor, h.action, h.event_id, h.sheet_id,
                                h.target, h.old, h.new, h.reason)
    FROM c JOIN history h ON h.id = (SELECT min(id) FROM history WHERE id > c.id)
)
SELECT id, digest FROM c;

CREATE TRIGGER history_chain_append AFTER INSERT ON history
BEGIN
    INSERT INTO history_chain(id, digest) VALUES (NEW.id, judgeapp_chain(
        COALESCE((SELECT digest FROM history_chain ORDER BY id DESC LIMIT 1), ''),
        NEW.id, NEW.at, NEW.actor, NEW.action, NEW.event_id, NEW.sheet_id,
        NEW.target, NEW.old, NEW.new, NEW.reason));
END;

CREATE TRIGGER history_chain_no_update BEFORE UPDATE ON history_chain
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_chain_no_delete BEFORE DELETE ON history_chain
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

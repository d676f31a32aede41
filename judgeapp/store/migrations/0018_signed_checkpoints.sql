-- 0018: the history is anchored. Every transaction that appends history rows
-- ends with a checkpoint signed by the workspace's own Ed25519 key (table
-- own_key): the row it vouches for, how many rows there are up to it, that
-- row's chain digest, the previous checkpoint's signature digest. So a history
-- rewritten (chain recomputed), truncated or extended behind the app's back
-- fails `judgeapp verify WORKSPACE`, which says from which checkpoint. Judges
-- get the one-time enrolment secret their bundle carries (`enrol_secret`) and
-- how their key was bound (`enrolled`: 'bundle' when the first file proved the
-- secret, 'confirmed' when the secretariat confirmed the fingerprint read out).

CREATE TABLE checkpoints (
    seq        INTEGER PRIMARY KEY,
    history_id INTEGER NOT NULL,
    body       TEXT NOT NULL,       -- canonical JSON of what is signed
    signature  TEXT NOT NULL        -- base64 Ed25519 over "judgeapp.checkpoint/1\n" + body
);

CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;

ALTER TABLE judges ADD COLUMN enrol_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE judges ADD COLUMN enrolled TEXT NOT NULL DEFAULT '';

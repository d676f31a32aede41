-- 0010: sample ("data contoh") marks on key figures and innovations from a
-- package manifest (`sample: true` on an indicator or an innovation).
ALTER TABLE key_figures ADD COLUMN sample INTEGER NOT NULL DEFAULT 0;
ALTER TABLE innovations ADD COLUMN sample INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_sha256 ON documents(sha256);

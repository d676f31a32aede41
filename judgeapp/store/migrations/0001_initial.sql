-- 0001: the whole workspace schema. Ids are TEXT; times are ISO-8601 UTC text;
-- scores are decimal TEXT (never REAL) so that 8.25 stays 8.25.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Pinned rubric snapshots: canonical JSON, identified by its SHA-256.
CREATE TABLE forms (
    hash        TEXT PRIMARY KEY,
    id          TEXT NOT NULL,
    version     TEXT NOT NULL,
    competition TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    added_at    TEXT NOT NULL
);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    competition TEXT NOT NULL,
    edition     TEXT NOT NULL DEFAULT '',
    place       TEXT NOT NULL DEFAULT '',
    sample      INTEGER NOT NULL DEFAULT 0,     -- 1: demo data ("data contoh")
    settings    TEXT NOT NULL DEFAULT '{}',     -- JSON: tie_break, judge rule override, …
    created_at  TEXT NOT NULL
);

CREATE TABLE stages (
    event_id  TEXT NOT NULL REFERENCES events(id),
    id        TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    form_hash TEXT NOT NULL REFERENCES forms(hash),
    weight    TEXT NOT NULL DEFAULT '100',      -- decimal text, stage weights of an event sum to 100
    date      TEXT NOT NULL DEFAULT '',
    settings  TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (event_id, id)
);

CREATE TABLE regions (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,                      -- provinsi | kabupaten | kota | instansi
    province TEXT NOT NULL DEFAULT '',
    code     TEXT NOT NULL DEFAULT '',
    UNIQUE (name, kind, province)
);

-- One row per imported package version. The current version of a region's
-- submission has superseded_by NULL.
CREATE TABLE submissions (
    id             TEXT PRIMARY KEY,
    event_id       TEXT NOT NULL REFERENCES events(id),
    region_id      TEXT NOT NULL REFERENCES regions(id),
    category       TEXT NOT NULL,                -- provinsi | kabupaten | kota | instansi | sinovik category
    title          TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    package_sha256 TEXT NOT NULL DEFAULT '',
    manifest       TEXT NOT NULL DEFAULT '{}',   -- JSON of the package manifest
    sample         INTEGER NOT NULL DEFAULT 0,
    imported_at    TEXT NOT NULL,
    superseded_by  TEXT REFERENCES submissions(id)
);
CREATE INDEX submissions_event ON submissions(event_id, region_id);

-- Content-addressed files: blobs/<aa>/<sha256>.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    added_at TEXT NOT NULL
);

CREATE TABLE documents (
    submission_id TEXT NOT NULL REFERENCES submissions(id),
    doc_id        TEXT NOT NULL,                 -- the manifest's file path
    title         TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT '',
    sha256        TEXT NOT NULL REFERENCES blobs(sha256),
    media_type    TEXT NOT NULL DEFAULT '',
    pages         INTEGER,
    warning       TEXT NOT NULL DEFAULT '',
    seq           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (submission_id, doc_id)
);

CREATE TABLE key_figures (
    submission_id TEXT NOT NULL REFERENCES submissions(id),
    id            TEXT NOT NULL,
    label         TEXT NOT NULL,
    value         TEXT NOT NULL,                  -- decimal text
    unit          TEXT NOT NULL DEFAULT '',
    year          INTEGER,
    source        TEXT NOT NULL DEFAULT '',
    seq           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (submission_id, id, year)
);

CREATE TABLE innovations (
    submission_id TEXT NOT NULL REFERENCES submissions(id),
    seq           INTEGER NOT NULL,
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL DEFAULT '',
    started       INTEGER,
    PRIMARY KEY (submission_id, seq)
);

CREATE TABLE judges (
    event_id    TEXT NOT NULL REFERENCES events(id),
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'TPI',     -- TPI | TPU | asesor | TPT
    public_key  TEXT NOT NULL DEFAULT '',        -- base64 Ed25519 public key once registered
    fingerprint TEXT NOT NULL DEFAULT '',
    sample      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, id)
);

CREATE TABLE assignments (
    event_id      TEXT NOT NULL,
    stage_id      TEXT NOT NULL,
    judge_id      TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    PRIMARY KEY (event_id, stage_id, judge_id, submission_id)
);

CREATE TABLE conflicts (
    event_id    TEXT NOT NULL,
    judge_id    TEXT NOT NULL,
    region_id   TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    declared_by TEXT NOT NULL DEFAULT '',
    declared_at TEXT NOT NULL,
    PRIMARY KEY (event_id, judge_id, region_id)
);

CREATE TABLE schedule (
    event_id      TEXT NOT NULL,
    stage_id      TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    starts_at     TEXT NOT NULL,                 -- ISO local date-time
    room          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, stage_id, submission_id)
);

-- One judge's sheet for one submission at one stage.
CREATE TABLE sheets (
    id            TEXT PRIMARY KEY,
    event_id      TEXT NOT NULL,
    stage_id      TEXT NOT NULL,
    judge_id      TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    form_hash     TEXT NOT NULL REFERENCES forms(hash),
    status        TEXT NOT NULL DEFAULT 'open',  -- open | final
    revision      INTEGER NOT NULL DEFAULT 0,    -- bumped by every change
    source        TEXT NOT NULL DEFAULT 'local', -- local | file | paper | worksheet
    position      TEXT NOT NULL DEFAULT '',      -- last score key the judge was on
    timer         TEXT NOT NULL DEFAULT '{}',    -- JSON phase stamps
    finalised_at  TEXT,
    signed_by     TEXT NOT NULL DEFAULT '',
    sample        INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL,
    UNIQUE (event_id, stage_id, judge_id, submission_id)
);

CREATE TABLE item_scores (
    sheet_id   TEXT NOT NULL REFERENCES sheets(id),
    key        TEXT NOT NULL,                    -- item id, or indicator id for direct indicators
    value      TEXT NOT NULL,                    -- decimal text
    updated_at TEXT NOT NULL,
    PRIMARY KEY (sheet_id, key)
);

CREATE TABLE sheet_texts (
    sheet_id   TEXT NOT NULL REFERENCES sheets(id),
    target     TEXT NOT NULL,                    -- aspect / indicator / item id, or '' for the sheet
    field      TEXT NOT NULL,                    -- text field id, or 'note'
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (sheet_id, target, field)
);

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    sheet_id      TEXT NOT NULL REFERENCES sheets(id),
    target        TEXT NOT NULL,
    doc_id        TEXT NOT NULL,
    page          INTEGER NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    grid_cell     TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

-- Consensus values recorded by the secretariat; originals stay untouched.
CREATE TABLE moderations (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id      TEXT NOT NULL,
    stage_id      TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    target        TEXT NOT NULL,                 -- indicator id, or 'total'
    value         TEXT NOT NULL,
    reason        TEXT NOT NULL,
    agreed_by     TEXT NOT NULL,
    at            TEXT NOT NULL
);

-- Signed score files accepted (or superseded) at the secretariat.
CREATE TABLE score_files (
    sha256     TEXT PRIMARY KEY,
    event_id   TEXT NOT NULL,
    judge_id   TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    body       TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'current',  -- current | superseded
    imported_at TEXT NOT NULL
);

-- This workspace's own signing key (judge workspaces).
CREATE TABLE own_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Append-only history of every change.
CREATE TABLE history (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,                     -- score | text | status | import | moderate | key | …
    event_id  TEXT NOT NULL DEFAULT '',
    sheet_id  TEXT NOT NULL DEFAULT '',
    target    TEXT NOT NULL DEFAULT '',
    old       TEXT,
    new       TEXT,
    reason    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_sheet ON history(sheet_id);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

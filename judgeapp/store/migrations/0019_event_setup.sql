-- 0019: what the secretariat sets up for an event in the app, beside its name,
-- edition and place: its first and last day (ISO dates, '' when not set), the
-- categories it ranks (JSON list of category ids, '[]': any category), and the
-- people who sign its berita acara, in order: one chair and the members, each
-- with an optional position (jabatan).
ALTER TABLE events ADD COLUMN starts_on TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN ends_on TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';

CREATE TABLE event_signatories (
    event_id TEXT NOT NULL REFERENCES events(id),
    seq      INTEGER NOT NULL,
    role     TEXT NOT NULL CHECK (role IN ('chair', 'member')),
    name     TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, seq)
);

-- Pacta SQLite schema, version 2: the knowledge base. Every mention is kept as the extractor gave it; agreements,
-- their status history and their links to mentions are rebuilt from the mentions (and the analysts' decisions)
-- of a party set whenever one of its documents is saved or reprocessed. Version 1 stored agreements only, so
-- they are dropped here: run `pacta reprocess` once to rebuild them from the stored documents.

DROP TABLE agreement_fields;
DROP TABLE agreement_evidence;
DROP TABLE agreement_documents;
DROP TABLE agreements;

-- Near-duplicates (the same wire story on several sites) share a report: the smallest document id of the group.
ALTER TABLE documents ADD COLUMN report_id TEXT;
ALTER TABLE documents ADD COLUMN signature TEXT;        -- MinHash of the word shingles, hex; NULL for a text without words
UPDATE documents SET report_id = id;
CREATE INDEX ix_documents_report ON documents (report_id);

-- Locality-sensitive hashing bands of the signature: documents sharing a band are near-duplicate candidates.
CREATE TABLE document_bands (
    band        INTEGER NOT NULL,
    key         INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, document_id)
);

CREATE TABLE agreements (
    id          TEXT PRIMARY KEY,               -- readable and stable: KAZ-QAT-2023-12-12-agreement, -2, -3 on collision
    parties     TEXT NOT NULL,                  -- sorted party codes joined by '-'
    date        TEXT,                           -- YYYY, YYYY-MM or YYYY-MM-DD (the signing date when known)
    date_start  TEXT,
    date_end    TEXT,
    status      TEXT NOT NULL,                  -- the newest step: planned, signed, ratified, in_force, terminated
    kind        TEXT NOT NULL,
    domain      TEXT NOT NULL,
    place       TEXT,
    signatories TEXT NOT NULL DEFAULT '[]',     -- JSON array of names
    confidence  REAL NOT NULL,
    review      TEXT NOT NULL,                  -- unreviewed, confirmed, rejected
    edited      INTEGER NOT NULL                -- 1 when an analyst changed a field
);

CREATE INDEX ix_agreements_parties ON agreements (parties);
CREATE INDEX ix_agreements_date ON agreements (date_start);

-- The status history: one row per step, with its own date; its evidence is that of the step's mentions.
CREATE TABLE agreement_steps (
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    status       TEXT NOT NULL,
    date         TEXT,
    PRIMARY KEY (agreement_id, ordinal)
);

-- Machine output: one row per instrument per document, as extracted (payload: fields and evidence as JSON).
CREATE TABLE mentions (
    key          TEXT PRIMARY KEY,              -- stable across re-extraction: see MentionKeys
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    parties      TEXT NOT NULL,
    status       TEXT NOT NULL,
    payload      TEXT NOT NULL,
    base_id      TEXT,                          -- id of its machine cluster (before merges), inherited on rebuild
    agreement_id TEXT                           -- the agreement it belongs to after the analysts' decisions
);

CREATE INDEX ix_mentions_parties ON mentions (parties);
CREATE INDEX ix_mentions_document ON mentions (document_id);
CREATE INDEX ix_mentions_agreement ON mentions (agreement_id);

-- Analysts' decisions, apart from machine output; never rewritten by ingest or reprocess.
CREATE TABLE review_decisions (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    parties      TEXT NOT NULL,                 -- the party set the decision belongs to (rebuilt together)
    action       TEXT NOT NULL,                 -- confirm, reject, edit, merge, split
    agreement_id TEXT NOT NULL,
    other_id     TEXT,
    mention_key  TEXT,
    field        TEXT,
    value        TEXT,
    decided_by   TEXT NOT NULL,
    decided_at   TEXT NOT NULL
);

CREATE INDEX ix_review_decisions_parties ON review_decisions (parties);

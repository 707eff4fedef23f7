-- Pacta SQLite schema, version 1. Applied once, in one transaction, by SqliteAgreementStore; recorded in
-- schema_migrations. Dates are ISO 8601 text; timestamps are ISO 8601 with offset (round-trip "O" format).

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,          -- SHA-256 of text, lowercase hex
    source       TEXT NOT NULL,
    title        TEXT,
    byline       TEXT,
    published    TEXT,                          -- YYYY-MM-DD
    language     TEXT,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

CREATE TABLE agreements (
    id          TEXT PRIMARY KEY,               -- readable and stable: KAZ-QAT-2023-12-12-agreement, -2, -3 on collision
    parties     TEXT NOT NULL,                  -- sorted party codes joined by '-'
    date        TEXT,                           -- YYYY, YYYY-MM or YYYY-MM-DD
    date_start  TEXT,                           -- first day the date can stand for (for filters and ordering)
    date_end    TEXT,                           -- last day the date can stand for
    status      TEXT NOT NULL,                  -- gold vocabulary: planned, signed, ratified, in_force, terminated
    kind        TEXT NOT NULL,
    domain      TEXT NOT NULL,
    place       TEXT,
    signatories TEXT NOT NULL DEFAULT '[]',     -- JSON array of names
    confidence  REAL NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);

CREATE INDEX ix_agreements_identity ON agreements (parties, status, kind);
CREATE INDEX ix_agreements_date ON agreements (date_start);

-- Which documents report which agreement (the agreement's sources).
CREATE TABLE agreement_documents (
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    confidence   REAL NOT NULL,
    PRIMARY KEY (agreement_id, document_id)
);

CREATE INDEX ix_agreement_documents_document ON agreement_documents (document_id);

CREATE TABLE agreement_evidence (
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    quote        TEXT NOT NULL,
    UNIQUE (agreement_id, document_id, start)
);

CREATE TABLE agreement_fields (
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    value        TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    UNIQUE (agreement_id, document_id, field, value, start)
);

-- Pacta PostgreSQL schema, version 1: the same knowledge base as SQLite schema 2 (documents, mentions, review
-- decisions; agreements and their steps derived from them), in PostgreSQL types. Identifiers and keys use the "C"
-- collation, so ORDER BY sorts them byte by byte exactly as SQLite and the .NET ordinal comparer do.
-- Concurrency rests on the unique constraints here (a document is stored once, whoever inserts it first) and on
-- transaction-scoped advisory locks taken by PostgresAgreementStore (one per party set, one per MinHash band).

CREATE TABLE documents (
    id           text COLLATE "C" PRIMARY KEY,
    content_hash text NOT NULL UNIQUE,                 -- SHA-256 of text, lowercase hex
    source       text NOT NULL,
    title        text,
    byline       text,
    published    date,
    language     text,
    text         text NOT NULL,
    ingested_at  timestamptz NOT NULL,
    report_id    text COLLATE "C" NOT NULL,            -- near-duplicate group: its smallest document id
    signature    text                                  -- MinHash of the word shingles, hex; NULL for a text without words
);

CREATE INDEX ix_documents_report ON documents (report_id);

CREATE TABLE document_bands (
    band        integer NOT NULL,
    key         bigint NOT NULL,
    document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, document_id)
);

CREATE TABLE agreements (
    id          text COLLATE "C" PRIMARY KEY,
    parties     text COLLATE "C" NOT NULL,             -- sorted party codes joined by '-'
    party_codes text[] NOT NULL,                       -- the same codes as an array, for the GIN index of --country
    date        text,                                  -- YYYY, YYYY-MM or YYYY-MM-DD (the signing date when known)
    date_start  date,                                  -- first day the date can stand for
    date_end    date,                                  -- last day the date can stand for
    status      text NOT NULL,
    kind        text NOT NULL,
    domain      text NOT NULL,
    place       text,
    signatories text[] NOT NULL,
    confidence  double precision NOT NULL,
    review      text NOT NULL,                         -- unreviewed, confirmed, rejected
    edited      boolean NOT NULL
);

CREATE INDEX ix_agreements_parties ON agreements (parties);
CREATE INDEX ix_agreements_party_codes ON agreements USING gin (party_codes);
-- The listing order (latest first, undated last), so a page of the newest agreements reads only that page.
CREATE INDEX ix_agreements_listing ON agreements (date_start DESC NULLS LAST, date_end DESC, id);
CREATE INDEX ix_agreements_review ON agreements (confidence, id) WHERE review = 'unreviewed';

CREATE TABLE agreement_steps (
    agreement_id text COLLATE "C" NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    status       text NOT NULL,
    date         text,
    PRIMARY KEY (agreement_id, ordinal)
);

CREATE TABLE mentions (
    key          text COLLATE "C" PRIMARY KEY,         -- stable across re-extraction: see MentionKeys
    document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    parties      text COLLATE "C" NOT NULL,
    status       text NOT NULL,
    payload      text NOT NULL,                        -- MentionPayload JSON, read back whole
    base_id      text COLLATE "C",
    agreement_id text COLLATE "C"
);

CREATE INDEX ix_mentions_parties ON mentions (parties);
CREATE INDEX ix_mentions_document ON mentions (document_id);
CREATE INDEX ix_mentions_agreement ON mentions (agreement_id);

CREATE TABLE review_decisions (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parties      text COLLATE "C" NOT NULL,
    action       text NOT NULL,
    agreement_id text COLLATE "C" NOT NULL,
    other_id     text COLLATE "C",
    mention_key  text COLLATE "C",
    field        text,
    value        text,
    decided_by   text NOT NULL,
    decided_at   timestamptz NOT NULL
);

CREATE INDEX ix_review_decisions_parties ON review_decisions (parties);

-- Pacta PostgreSQL schema, version 2: listings answered by indexes. agreement_parties has one row per party of each
-- agreement with copies of the columns listings filter on, so a state's page or count is a walk of that state's rows
-- in the listing order (the GIN index found all of a party's agreements, which were then fetched and sorted: 16 ms
-- for a party with 1,000). A trigger keeps it in step with the agreements table whatever code writes it; agreements
-- are only ever inserted and deleted (a rebuild replaces its party set), never updated.
CREATE TABLE agreement_parties (
    party        text COLLATE "C" NOT NULL,
    agreement_id text COLLATE "C" NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    date_start   date,
    date_end     date,
    status       text NOT NULL,
    kind         text NOT NULL,
    domain       text NOT NULL,
    review       text NOT NULL,
    PRIMARY KEY (party, agreement_id)
);

-- The listing order with the columns of the common filters included, so a page's ids (and the rows walked past
-- before them) come from an index-only scan.
CREATE INDEX ix_agreement_parties_listing ON agreement_parties (party, date_start DESC NULLS LAST, date_end DESC, agreement_id) INCLUDE (review, status);
CREATE INDEX ix_agreement_parties_agreement ON agreement_parties (agreement_id);

DROP INDEX ix_agreements_listing;
CREATE INDEX ix_agreements_listing ON agreements (date_start DESC NULLS LAST, date_end DESC, id) INCLUDE (review, status);
-- For counting the matches of a since filter: a range of this index is exactly the agreements that can end after it.
CREATE INDEX ix_agreements_date_end ON agreements (date_end);

CREATE FUNCTION pacta_add_agreement_parties() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO agreement_parties (party, agreement_id, date_start, date_end, status, kind, domain, review)
    SELECT code, NEW.id, NEW.date_start, NEW.date_end, NEW.status, NEW.kind, NEW.domain, NEW.review
    FROM unnest(NEW.party_codes) AS code;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_agreement_parties AFTER INSERT ON agreements
    FOR EACH ROW EXECUTE FUNCTION pacta_add_agreement_parties();

INSERT INTO agreement_parties (party, agreement_id, date_start, date_end, status, kind, domain, review)
SELECT code, a.id, a.date_start, a.date_end, a.status, a.kind, a.domain, a.review
FROM agreements a, unnest(a.party_codes) AS code;

-- Pacta PostgreSQL schema, version 2: one row per party of each agreement, in the listing order, so a state's page
-- of agreements is an index walk of that page (the GIN index found all of a party's agreements, which were then
-- fetched and sorted: 16 ms for a party with 1,000). A trigger keeps it in step with the agreements table whatever
-- code writes it; agreements are only ever inserted and deleted (a rebuild replaces its party set).
CREATE TABLE agreement_parties (
    party        text COLLATE "C" NOT NULL,
    agreement_id text COLLATE "C" NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    date_start   date,
    date_end     date,
    PRIMARY KEY (party, agreement_id)
);

CREATE INDEX ix_agreement_parties_listing ON agreement_parties (party, date_start DESC NULLS LAST, date_end DESC, agreement_id);
CREATE INDEX ix_agreement_parties_agreement ON agreement_parties (agreement_id);

CREATE FUNCTION pacta_add_agreement_parties() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO agreement_parties (party, agreement_id, date_start, date_end)
    SELECT code, NEW.id, NEW.date_start, NEW.date_end FROM unnest(NEW.party_codes) AS code;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_agreement_parties AFTER INSERT ON agreements
    FOR EACH ROW EXECUTE FUNCTION pacta_add_agreement_parties();

INSERT INTO agreement_parties (party, agreement_id, date_start, date_end)
SELECT code, a.id, a.date_start, a.date_end FROM agreements a, unnest(a.party_codes) AS code;

-- Pacta SQLite schema, version 5: listings answered by indexes. agreement_parties has one row per party of each
-- agreement with copies of the columns listings filter on, so a state's page or count is a walk of that state's rows
-- in the listing order (the substring test on the joined codes had to scan the listing until it found enough rows:
-- all of it for a state with few agreements). Triggers keep it in step with the agreements table whatever code writes
-- it; agreements are only ever inserted and deleted (a rebuild replaces its party set), never updated.
CREATE TABLE agreement_parties (
    party        TEXT NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    date_start   TEXT,
    date_end     TEXT,
    status       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    domain       TEXT NOT NULL,
    review       TEXT NOT NULL,
    PRIMARY KEY (party, agreement_id)
) WITHOUT ROWID;

-- The listing order with the columns of the common filters, so rows walked past are tested in the index alone.
CREATE INDEX ix_agreement_parties_listing ON agreement_parties (party, date_start DESC, date_end DESC, agreement_id, review, status);
CREATE INDEX ix_agreement_parties_agreement ON agreement_parties (agreement_id);

-- SQLite sorts NULL below every value, so DESC alone puts undated agreements last: the listing index of version 3
-- needs no "date_start IS NULL" column, and without it a lower bound on date_start (which a since filter adds) is a
-- range of the index instead of a scan of all of it. Review and status ride along, as above.
DROP INDEX ix_agreements_listing;
CREATE INDEX ix_agreements_listing ON agreements (date_start DESC, date_end DESC, id, review, status);
-- For counting the matches of a since filter: a range of this index is exactly the agreements that can end after it.
CREATE INDEX ix_agreements_date_end ON agreements (date_end);

-- Party codes are upper-case letters (PartyCode), so the joined codes become a JSON array by quoting at the dashes.
CREATE TRIGGER tr_agreement_parties AFTER INSERT ON agreements
BEGIN
    INSERT INTO agreement_parties (party, agreement_id, date_start, date_end, status, kind, domain, review)
    SELECT value, NEW.id, NEW.date_start, NEW.date_end, NEW.status, NEW.kind, NEW.domain, NEW.review
    FROM json_each('["' || replace(NEW.parties, '-', '","') || '"]');
END;

-- Deleting through the foreign key needs foreign_keys on, which every Pacta connection sets; the trigger makes it
-- hold for any other tool that edits the file too.
CREATE TRIGGER tr_agreement_parties_delete AFTER DELETE ON agreements
BEGIN
    DELETE FROM agreement_parties WHERE agreement_id = OLD.id;
END;

INSERT INTO agreement_parties (party, agreement_id, date_start, date_end, status, kind, domain, review)
SELECT j.value, a.id, a.date_start, a.date_end, a.status, a.kind, a.domain, a.review
FROM agreements a, json_each('["' || replace(a.parties, '-', '","') || '"]') j;

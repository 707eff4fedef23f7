-- A since-filter reads the agreements whose date ends on or after the day; led by date_end and holding the columns
-- such filters test, this index lets a count from a recent day read only the matches (see the SQLite migration of
-- the same name). It replaces the plain date_end index.
CREATE INDEX ix_agreements_since ON agreements (date_end) INCLUDE (status, review, date_start);
DROP INDEX ix_agreements_date_end;

-- A listing page read each agreement's steps and the documents of its mentions through two more index probes per
-- row (steps; mentions, then documents): about 800 buffer reads and 2–3 ms of database time for 50 agreements,
-- most of a request's cost under load. The steps and the source document ids only change when a party set is
-- rebuilt, so the rebuild now keeps copies of them on the agreement's row, and a page reads the documents by id.
ALTER TABLE agreements
    ADD COLUMN step_statuses text[],
    ADD COLUMN step_dates text[],
    ADD COLUMN document_ids text[];

UPDATE agreements a SET step_statuses = s.statuses, step_dates = s.dates
FROM (
    SELECT agreement_id, array_agg(status ORDER BY ordinal) AS statuses, array_agg(date ORDER BY ordinal) AS dates
    FROM agreement_steps GROUP BY agreement_id) s
WHERE s.agreement_id = a.id;

UPDATE agreements a SET document_ids = m.ids
FROM (
    SELECT agreement_id, array_agg(DISTINCT document_id ORDER BY document_id) AS ids
    FROM mentions WHERE agreement_id IS NOT NULL GROUP BY agreement_id) m
WHERE m.agreement_id = a.id;

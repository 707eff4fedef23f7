-- Pacta SQLite schema, version 4: the near-duplicate lookup reads narrow rows. Saving a document reads the signature
-- of every stored document that shares a MinHash band with it (dozens on a corpus of similar articles). In
-- `documents` the signature sits after the text, so each read walked the text's overflow pages and parsed 1 KB of
-- hex: most of the cost of a save. Signatures now live in their own table as 512-byte blobs (the 64 values
-- big-endian, as unhex reads the old text); `documents.signature` is no longer written (old values stay, unused).
CREATE TABLE document_signatures (
    document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    signature   BLOB NOT NULL
) WITHOUT ROWID;

INSERT INTO document_signatures (document_id, signature)
SELECT id, unhex(signature) FROM documents WHERE signature IS NOT NULL;

-- The bands again, without rowid: one b-tree to insert into per band instead of a table and its key index.
CREATE TABLE document_bands_v4 (
    band        INTEGER NOT NULL,
    key         INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, document_id)
) WITHOUT ROWID;

INSERT INTO document_bands_v4 (band, key, document_id) SELECT band, key, document_id FROM document_bands;
DROP TABLE document_bands;
ALTER TABLE document_bands_v4 RENAME TO document_bands;

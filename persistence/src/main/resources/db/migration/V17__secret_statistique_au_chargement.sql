-- Statistical secrecy (R-TDB-5) decided once, when a vintage's month is loaded, instead of at the
-- first reading of each theme after every start: the secret cells (primary and secondary) are
-- flagged on the figures, and the load records the threshold they were decided under. A load made
-- before this migration (NULL) or under another threshold than the one in force is decided again
-- when read, as before.
ALTER TABLE tdb_statistique ADD COLUMN secret BOOLEAN;
ALTER TABLE tdb_chargement ADD COLUMN seuil_secret INTEGER;

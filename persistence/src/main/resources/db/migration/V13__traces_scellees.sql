-- EDEN schema, version 13: traces written without waiting, sealed into the chain just after
-- (R-TRACE-1). Portable SQL; what needs the existing rows or PostgreSQL is the Java migration
-- V13_1 (org.eden.portail.trace.V13_1__TracesScellees).

-- rang stays the row's key, now from a sequence (V13_1 creates it after the last rang given);
-- maillon is the place in the chain, given by the sealer, with the two hashes.
ALTER TABLE trace ADD COLUMN maillon BIGINT;
ALTER TABLE trace ALTER COLUMN hash_precedent DROP NOT NULL;
ALTER TABLE trace ALTER COLUMN hash DROP NOT NULL;
-- Two sealers can never give the same link (they also hold trace_tete); the verification walks it.
CREATE UNIQUE INDEX ux_trace_maillon ON trace (maillon);
-- trace_tete.dernier_rang now holds the last maillon sealed (equal to the last rang until V13).

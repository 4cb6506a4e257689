-- EDEN schema, version 4: traces (R-TRACE-1, R-TRACE-2).
-- Portable SQL. The PostgreSQL-only guard that refuses UPDATE and DELETE on the trace table is the
-- Java migration V4_1 (org.eden.portail.trace.V4_1__TracesEnAjoutSeul): one migration history,
-- identical on H2 and PostgreSQL, whose V4_1 does nothing on H2.

-- One row per action, chained: hash = SHA-256(hash_precedent + canonical content), see Trace.java.
-- rang is the position in the chain, given under the lock of trace_tete: it is also the key.
CREATE TABLE trace (
    rang            BIGINT                   NOT NULL PRIMARY KEY,
    horodatage      TIMESTAMP WITH TIME ZONE NOT NULL,
    identifiant     VARCHAR(20),
    organisme_id    BIGINT,
    code_caf        VARCHAR(3),
    profil          VARCHAR(100),
    action          VARCHAR(40)              NOT NULL,
    cible_type      VARCHAR(40),
    cible_id        VARCHAR(100),
    resultat        VARCHAR(10)              NOT NULL,
    detail          VARCHAR(200),
    ip              VARCHAR(45),
    session_hash    VARCHAR(64),
    hash_precedent  VARCHAR(64)              NOT NULL,
    hash            VARCHAR(64)              NOT NULL,
    CONSTRAINT ck_trace_resultat CHECK (resultat IN ('SUCCES', 'ECHEC', 'REFUS'))
);
-- The reading queries (R-TRACE-4): an organisation's, a person's, a Caf's, an action's traces, newest first.
CREATE INDEX ix_trace_organisme ON trace (organisme_id, horodatage);
CREATE INDEX ix_trace_identifiant ON trace (identifiant, horodatage);
CREATE INDEX ix_trace_caf ON trace (code_caf, horodatage);
CREATE INDEX ix_trace_action ON trace (action, horodatage);
-- The retention purge looks for the first trace to keep.
CREATE INDEX ix_trace_horodatage ON trace (horodatage);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every append so that appends
-- are serialised across threads and servers, and read by the verification to detect a truncated end.
CREATE TABLE trace_tete (
    id              INTEGER     NOT NULL PRIMARY KEY,
    dernier_rang    BIGINT      NOT NULL,
    dernier_hash    VARCHAR(64) NOT NULL,
    CONSTRAINT ck_trace_tete_unique CHECK (id = 1)
);
INSERT INTO trace_tete (id, dernier_rang, dernier_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Every run of the retention purge (R-TRACE-2), with the anchor the verification starts from
-- once the beginning of the chain is gone: the first rang kept and the hash of the last purged trace.
CREATE TABLE trace_purge (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    executee_le     TIMESTAMP WITH TIME ZONE NOT NULL,
    limite          TIMESTAMP WITH TIME ZONE NOT NULL,
    nombre          BIGINT                   NOT NULL,
    resultat        VARCHAR(10)              NOT NULL,
    ancre_rang      BIGINT,
    ancre_hash      VARCHAR(64),
    message         VARCHAR(500),
    CONSTRAINT ck_trace_purge_resultat CHECK (resultat IN ('SUCCES', 'ECHEC'))
);
CREATE INDEX ix_trace_purge_executee ON trace_purge (executee_le);

-- EDEN schema, version 24: the Cnaf's rows per Caf read roll-ups only (R-TDB-2). Portable SQL (H2 and PostgreSQL).
-- Before, each national call counted every partner's account (a join over every user) and every
-- user's last active day. The fold (EntrepotSupervision.replier, RepliEnSql for the benchmark)
-- keeps these in the same transaction as the other aggregates; like them, they survive the purge
-- of the traces (nothing here is read from the trace table).

-- Per Caf and day: how many of its partners' users have that day as their last active day (the
-- roll-up of sup_utilisateur_dernier_jour). The active accounts of a period that runs to the last
-- day folded are the sum over the period's days: a row per Caf and day instead of one per user.
CREATE TABLE sup_caf_dernier_jour (
    dernier_jour    DATE        NOT NULL,
    code_caf        VARCHAR(3)  NOT NULL,
    utilisateurs    BIGINT      NOT NULL,
    CONSTRAINT pk_sup_caf_dernier_jour PRIMARY KEY (dernier_jour, code_caf)
);

-- Per Caf having partners: its partners' accounts, counted again by each run of the fold (every
-- minute), not at each reading.
CREATE TABLE sup_caf_comptes (
    code_caf        VARCHAR(3)  NOT NULL PRIMARY KEY,
    comptes         BIGINT      NOT NULL
);

-- The national connections, files and sections read a few natures over every Caf: by nature and
-- day first, every column in the index (the rows are read from the index alone on PostgreSQL).
CREATE INDEX ix_sup_caf_jour_nature ON sup_caf_jour (nature, jour, code_caf, nombre);

-- The existing aggregates, rolled up (the fold only adds to these from now on).
INSERT INTO sup_caf_dernier_jour (dernier_jour, code_caf, utilisateurs)
    SELECT dernier_jour, code_caf, COUNT(*) FROM sup_utilisateur_dernier_jour GROUP BY dernier_jour, code_caf;
INSERT INTO sup_caf_comptes (code_caf, comptes)
    SELECT c.code, COUNT(u.id) FROM organisme_partenaire o JOIN caf c ON c.id = o.caf_id
    LEFT JOIN utilisateur u ON u.organisme_id = o.id GROUP BY c.code;

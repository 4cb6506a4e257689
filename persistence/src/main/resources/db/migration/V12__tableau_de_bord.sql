-- Tableau de bord (R-TDB-3 to R-TDB-6): the Elisa figures, pre-aggregated by the national decision
-- system and loaded by the import (one file per vintage and month) or by the demo's generator.
-- One row is one figure of one table: vintage, month, theme, régime and statut, level and code
-- (a Caf or MSA caisse, a département, FR for national), indicator, value, and the households
-- behind it (statistical secrecy, R-TDB-5, is decided on that count, not on the value).
CREATE TABLE tdb_statistique (
    millesime   VARCHAR(3)    NOT NULL,
    mois        DATE          NOT NULL,
    theme       VARCHAR(40)   NOT NULL,
    regime      VARCHAR(4)    NOT NULL,
    statut      VARCHAR(10)   NOT NULL,
    niveau      VARCHAR(12)   NOT NULL,
    code        VARCHAR(5)    NOT NULL,
    indicateur  VARCHAR(40)   NOT NULL,
    valeur      DECIMAL(16,2) NOT NULL,
    foyers      BIGINT        NOT NULL,
    -- The dashboard's query (one table: vintage, month, theme, régime, statut, level) is one range
    -- of this key, whatever the number of months loaded.
    CONSTRAINT pk_tdb_statistique PRIMARY KEY (millesime, mois, theme, regime, statut, niveau, code, indicateur),
    CONSTRAINT ck_tdb_millesime CHECK (millesime IN ('FR1', 'FR2', 'FR6')),
    CONSTRAINT ck_tdb_regime CHECK (regime IN ('CNAF', 'MSA')),
    CONSTRAINT ck_tdb_statut CHECK (statut IN ('ENSEMBLE', 'SALARIE', 'EXPLOITANT')),
    CONSTRAINT ck_tdb_niveau CHECK (niveau IN ('CAISSE', 'DEPARTEMENT', 'NATIONAL')),
    CONSTRAINT ck_tdb_foyers CHECK (foyers >= 0)
);

-- The vintage comparison (R-TDB-6): one month, one table, the three vintages side by side.
CREATE INDEX ix_tdb_statistique_comparaison ON tdb_statistique (mois, theme, regime, statut, niveau, millesime);

-- What is loaded: one row per vintage and month, replaced with its figures in one transaction.
-- The selectors read their months here, never by scanning the figures.
CREATE TABLE tdb_chargement (
    millesime   VARCHAR(3)   NOT NULL,
    mois        DATE         NOT NULL,
    lignes      INTEGER      NOT NULL,
    charge_le   TIMESTAMP WITH TIME ZONE NOT NULL,
    charge_par  VARCHAR(40)  NOT NULL,
    source      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_tdb_chargement PRIMARY KEY (millesime, mois),
    CONSTRAINT ck_tdb_chargement_millesime CHECK (millesime IN ('FR1', 'FR2', 'FR6'))
);

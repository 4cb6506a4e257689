-- EDEN schema, version 20: the supervision of habilitations and connections (R-TDB-2) and the
-- consultation alerts (R-TDB-7). Portable SQL (H2 and PostgreSQL).
-- The figures are folded from the sealed traces by a job (tableaudebord.RepliTraces): the screens
-- never scan the trace table, and these tables survive the six-month purge of the traces.

-- The job's watermark: the last trace rang folded. One row, locked (SELECT ... FOR UPDATE) by the
-- fold, so that one node folds at a time across the cluster.
CREATE TABLE sup_filigrane (
    id              INTEGER                  NOT NULL PRIMARY KEY,
    dernier_rang    BIGINT                   NOT NULL,
    replie_le       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_sup_filigrane_unique CHECK (id = 1)
);
INSERT INTO sup_filigrane (id, dernier_rang, replie_le) VALUES (1, 0, NULL);

-- Counts per day, partner organisation (with its Caf) and nature: CONNEXION, CONNEXION_CDAP (a
-- session that opened CDAP that day), DOSSIER_CDAP (a file opened), SECTION_<section> (a section read).
CREATE TABLE sup_activite_jour (
    jour            DATE        NOT NULL,
    code_caf        VARCHAR(3)  NOT NULL,
    organisme_id    BIGINT      NOT NULL,
    nature          VARCHAR(40) NOT NULL,
    nombre          BIGINT      NOT NULL,
    CONSTRAINT pk_sup_activite_jour PRIMARY KEY (jour, code_caf, organisme_id, nature)
);
CREATE INDEX ix_sup_activite_organisme ON sup_activite_jour (organisme_id, jour);
CREATE INDEX ix_sup_activite_caf ON sup_activite_jour (code_caf, jour);

-- Per user and day: what the active users and the alerts (R-TDB-7) read.
CREATE TABLE sup_utilisateur_jour (
    jour              DATE        NOT NULL,
    identifiant       VARCHAR(20) NOT NULL,
    organisme_id      BIGINT      NOT NULL,
    code_caf          VARCHAR(3)  NOT NULL,
    connexions        INTEGER     NOT NULL,
    dossiers          INTEGER     NOT NULL,
    dossiers_nuit     INTEGER     NOT NULL,
    dossiers_autre_caf INTEGER    NOT NULL,
    CONSTRAINT pk_sup_utilisateur_jour PRIMARY KEY (jour, identifiant)
);
CREATE INDEX ix_sup_utilisateur_organisme ON sup_utilisateur_jour (organisme_id, jour);
CREATE INDEX ix_sup_utilisateur_caf ON sup_utilisateur_jour (code_caf, jour);

-- The sessions already counted as CDAP connections of a day (kept two days, then dropped by the job).
CREATE TABLE sup_session_cdap (
    jour            DATE        NOT NULL,
    cle             VARCHAR(64) NOT NULL,
    CONSTRAINT pk_sup_session_cdap PRIMARY KEY (jour, cle)
);

-- R-TDB-7: the thresholds a Caf sets for its partners' alerts (absent: the defaults of SeuilsAlertes).
CREATE TABLE sup_seuil_alerte (
    code_caf            VARCHAR(3)               NOT NULL PRIMARY KEY,
    dossiers_par_jour   INTEGER                  NOT NULL,
    facteur_usuel       INTEGER                  NOT NULL,
    modifie_le          TIMESTAMP WITH TIME ZONE NOT NULL,
    modifie_par         VARCHAR(20)              NOT NULL,
    CONSTRAINT ck_sup_seuil CHECK (dossiers_par_jour > 0 AND facteur_usuel > 1)
);

-- The statistics imports launched from the screen (R-TDB-6) and how far each has gone, in the
-- database rather than in the memory of the node that runs it: every node of a cluster shows the
-- same progress bar and report, and an import cut by a stop of its node is found « interrompu » at
-- that node's next start (its transaction rolled back: nothing of the file is loaded), never
-- « en cours » for ever. The report's refused lines are in tdb_import_refus (at most 500).
CREATE TABLE tdb_import (
    id                   VARCHAR(36)              NOT NULL,
    fichier              VARCHAR(200)             NOT NULL,
    lance_par            VARCHAR(40)              NOT NULL,
    lance_le             TIMESTAMP WITH TIME ZONE NOT NULL,
    noeud                VARCHAR(100)             NOT NULL,
    statut               VARCHAR(10)              NOT NULL,
    pourcentage          INTEGER                  NOT NULL,
    etape                VARCHAR(200)             NOT NULL,
    lignes_lues          INTEGER                  NOT NULL,
    millesime            VARCHAR(3),
    mois                 VARCHAR(7),
    valeurs_chargees     INTEGER                  NOT NULL,
    refus_non_detailles  INTEGER                  NOT NULL,
    maj_le               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_tdb_import PRIMARY KEY (id),
    CONSTRAINT ck_tdb_import_statut CHECK (statut IN ('EN_COURS', 'CHARGE', 'REFUSE', 'INTERROMPU')),
    CONSTRAINT ck_tdb_import_pourcentage CHECK (pourcentage BETWEEN 0 AND 100)
);
-- A node's start looks for its own imports still « en cours ».
CREATE INDEX ix_tdb_import_noeud ON tdb_import (noeud, statut);

CREATE TABLE tdb_import_refus (
    import_id  VARCHAR(36)   NOT NULL,
    rang       INTEGER       NOT NULL,
    ligne      INTEGER       NOT NULL,
    motif      VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_tdb_import_refus PRIMARY KEY (import_id, rang),
    CONSTRAINT fk_tdb_import_refus_import FOREIGN KEY (import_id) REFERENCES tdb_import (id)
);

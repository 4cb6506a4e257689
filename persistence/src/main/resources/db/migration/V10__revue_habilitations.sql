-- EDEN schema, version 10: the annual reverse review of habilitations (R-HAB-8) as an
-- access-certification campaign. A Caf opens one campaign a year for its partners; each partner's
-- administrateur reviews it once (revue_partenaire: no row = not started), deciding keep or
-- remove for every habilitation in force (decision_revue), then signs it off. Portable SQL: the
-- same script runs on H2 and on PostgreSQL.

CREATE TABLE campagne_revue (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    caf_id          BIGINT                   NOT NULL,
    annee           INTEGER                  NOT NULL,
    ouverte_le      TIMESTAMP WITH TIME ZONE NOT NULL,
    ouverte_par     VARCHAR(20)              NOT NULL,
    CONSTRAINT uk_campagne_revue UNIQUE (caf_id, annee),
    CONSTRAINT fk_campagne_revue_caf FOREIGN KEY (caf_id) REFERENCES caf (id)
);

CREATE TABLE revue_partenaire (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    campagne_id     BIGINT                   NOT NULL,
    organisme_id    BIGINT                   NOT NULL,
    statut          VARCHAR(10)              NOT NULL,
    commencee_le    TIMESTAMP WITH TIME ZONE NOT NULL,
    commencee_par   VARCHAR(20)              NOT NULL,
    signee_le       TIMESTAMP WITH TIME ZONE,
    signee_par      VARCHAR(20),
    conservees      INTEGER                  NOT NULL,
    retirees        INTEGER                  NOT NULL,
    CONSTRAINT uk_revue_partenaire UNIQUE (campagne_id, organisme_id),
    CONSTRAINT fk_revue_campagne FOREIGN KEY (campagne_id) REFERENCES campagne_revue (id),
    CONSTRAINT fk_revue_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id)
);
CREATE INDEX ix_revue_organisme ON revue_partenaire (organisme_id);

-- One decision per habilitation reviewed: CONSERVER or RETIRER, who and when.
CREATE TABLE decision_revue (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    revue_id        BIGINT                   NOT NULL,
    habilitation_id BIGINT                   NOT NULL,
    decision        VARCHAR(10)              NOT NULL,
    decidee_le      TIMESTAMP WITH TIME ZONE NOT NULL,
    decidee_par     VARCHAR(20)              NOT NULL,
    CONSTRAINT uk_decision_revue UNIQUE (revue_id, habilitation_id),
    CONSTRAINT fk_decision_revue FOREIGN KEY (revue_id) REFERENCES revue_partenaire (id),
    CONSTRAINT fk_decision_habilitation FOREIGN KEY (habilitation_id) REFERENCES habilitation (id)
);

-- R-HAB-10: a bulk import of users from a CSV file, run line by line in the background; the
-- progress (traitees / total) and each line's result are read by the screen that polls.
CREATE TABLE import_utilisateurs (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    organisme_id    BIGINT                   NOT NULL,
    fichier         VARCHAR(255)             NOT NULL,
    lance_le        TIMESTAMP WITH TIME ZONE NOT NULL,
    lance_par       VARCHAR(20)              NOT NULL,
    statut          VARCHAR(10)              NOT NULL,
    total           INTEGER                  NOT NULL,
    traitees        INTEGER                  NOT NULL,
    creees          INTEGER                  NOT NULL,
    refusees        INTEGER                  NOT NULL,
    termine_le      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_import_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id)
);
CREATE INDEX ix_import_organisme ON import_utilisateurs (organisme_id);

CREATE TABLE ligne_import (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    import_id       BIGINT                   NOT NULL,
    numero          INTEGER                  NOT NULL,
    nom             VARCHAR(100),
    prenom          VARCHAR(100),
    email           VARCHAR(255),
    groupes         VARCHAR(1000),
    resultat        VARCHAR(10),
    identifiant     VARCHAR(20),
    message         VARCHAR(1000),
    CONSTRAINT uk_ligne_import UNIQUE (import_id, numero),
    CONSTRAINT fk_ligne_import FOREIGN KEY (import_id) REFERENCES import_utilisateurs (id)
);

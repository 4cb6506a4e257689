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

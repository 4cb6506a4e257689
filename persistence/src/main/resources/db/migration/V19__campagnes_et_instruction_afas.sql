-- R-AFAS-7: a Caf's campaign of one kind of declaration for one exercice: when it opens and its
-- deadline. A Caf without a row uses the defaults (CalendrierCampagne.DEFAUT). Version for
-- optimistic locking (two agents editing the same campaign).
CREATE TABLE afas_campagne (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    code_caf     VARCHAR(3)               NOT NULL,
    exercice     INTEGER                  NOT NULL,
    nature       VARCHAR(20)              NOT NULL,
    ouverture    DATE                     NOT NULL,
    echeance     DATE                     NOT NULL,
    modifie_par  VARCHAR(20)              NOT NULL,
    modifie_le   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_afas_campagne UNIQUE (code_caf, exercice, nature),
    CONSTRAINT ck_afas_campagne_dates CHECK (ouverture <= echeance)
);

-- R-AFAS-7: the reminders sent, one row per équipement, campaign and kind of reminder: the UNIQUE
-- constraint is what makes a reminder leave once, whatever the number of nodes or passes.
CREATE TABLE afas_relance (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    equipement_id  BIGINT                   NOT NULL,
    exercice       INTEGER                  NOT NULL,
    nature         VARCHAR(20)              NOT NULL,
    sorte          VARCHAR(20)              NOT NULL,
    echeance       DATE                     NOT NULL,
    envoyee_le     TIMESTAMP WITH TIME ZONE NOT NULL,
    destinataires  INTEGER                  NOT NULL,
    CONSTRAINT fk_afas_relance_equipement FOREIGN KEY (equipement_id) REFERENCES afas_equipement (id),
    CONSTRAINT uk_afas_relance UNIQUE (equipement_id, exercice, nature, sorte)
);

-- R-AFAS-2, R-AFAS-5: the history of a declaration's transitions (who, when, from, to, why).
CREATE TABLE afas_historique (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    declaration_id  BIGINT                   NOT NULL,
    statut_avant    VARCHAR(12)              NOT NULL,
    statut_apres    VARCHAR(12)              NOT NULL,
    par             VARCHAR(20)              NOT NULL,
    le              TIMESTAMP WITH TIME ZONE NOT NULL,
    commentaire     VARCHAR(2000),
    CONSTRAINT fk_afas_historique_declaration FOREIGN KEY (declaration_id) REFERENCES afas_declaration (id)
);
CREATE INDEX ix_afas_historique_declaration ON afas_historique (declaration_id);

-- The Caf's AFAS instruction role (back office of the declarations).
ALTER TABLE utilisateur_role_caf DROP CONSTRAINT ck_role_caf;
ALTER TABLE utilisateur_role_caf ADD CONSTRAINT ck_role_caf
    CHECK (role IN ('ADMINISTRATEUR_CAF', 'VERIFICATEUR_CAF', 'SUPERVISEUR_CAF', 'AGENT_CNAF', 'GESTIONNAIRE_AFAS'));

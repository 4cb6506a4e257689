-- EDEN schema, version 7: habilitations (R-HAB-*): each partner's tree of groups, the roles its
-- groups carry, the users attached to them, the responsables des habilitations, the effective
-- habilitations derived from all that, the Caf's withdrawal of a delegation and the history of
-- account suspensions. Portable SQL: the same script runs on H2 and on PostgreSQL.

-- A tree of groups per partner organisation; a root group has no parent.
CREATE TABLE groupe_habilitation (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    organisme_id    BIGINT                   NOT NULL,
    parent_id       BIGINT,
    nom             VARCHAR(100)             NOT NULL,
    cree_le         TIMESTAMP WITH TIME ZONE NOT NULL,
    cree_par        VARCHAR(20)              NOT NULL,
    CONSTRAINT fk_groupe_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id),
    CONSTRAINT fk_groupe_parent FOREIGN KEY (parent_id) REFERENCES groupe_habilitation (id)
);
CREATE INDEX ix_groupe_organisme ON groupe_habilitation (organisme_id);
CREATE INDEX ix_groupe_parent ON groupe_habilitation (parent_id);

-- The (service, profile) pairs a group carries: only pairs of the partner's bulletins (R-HAB-2).
CREATE TABLE role_groupe (
    groupe_id       BIGINT      NOT NULL,
    service_code    VARCHAR(10) NOT NULL,
    profil          VARCHAR(40) NOT NULL,
    CONSTRAINT pk_role_groupe PRIMARY KEY (groupe_id, service_code, profil),
    CONSTRAINT fk_role_groupe_groupe FOREIGN KEY (groupe_id) REFERENCES groupe_habilitation (id),
    CONSTRAINT fk_role_groupe_service FOREIGN KEY (service_code) REFERENCES service_catalogue (code)
);

CREATE TABLE rattachement_groupe (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    groupe_id       BIGINT                   NOT NULL,
    utilisateur_id  BIGINT                   NOT NULL,
    rattache_le     TIMESTAMP WITH TIME ZONE NOT NULL,
    rattache_par    VARCHAR(20)              NOT NULL,
    CONSTRAINT uk_rattachement UNIQUE (groupe_id, utilisateur_id),
    CONSTRAINT fk_rattachement_groupe FOREIGN KEY (groupe_id) REFERENCES groupe_habilitation (id),
    CONSTRAINT fk_rattachement_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id)
);
CREATE INDEX ix_rattachement_utilisateur ON rattachement_groupe (utilisateur_id);

-- R-HAB-5: a responsable des habilitations manages the sub-tree rooted at his group.
CREATE TABLE responsable_habilitations (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    groupe_id       BIGINT                   NOT NULL,
    utilisateur_id  BIGINT                   NOT NULL,
    nomme_le        TIMESTAMP WITH TIME ZONE NOT NULL,
    nomme_par       VARCHAR(20)              NOT NULL,
    CONSTRAINT uk_responsable UNIQUE (groupe_id, utilisateur_id),
    CONSTRAINT fk_responsable_groupe FOREIGN KEY (groupe_id) REFERENCES groupe_habilitation (id),
    CONSTRAINT fk_responsable_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id)
);
CREATE INDEX ix_responsable_utilisateur ON responsable_habilitations (utilisateur_id);

-- The effective habilitation of a user: one (service, profile) he holds through one group or
-- more, under one convention. A devalidated row is kept (R-TRACE-3: six years after devalidee_le,
-- indexed for the purge). en_vigueur_utilisateur repeats utilisateur_id while the row is not
-- devalidated and is NULL after: the UNIQUE constraint then lets a user hold a profile once
-- (R-HAB-3: counted once whatever the number of groups), NULLs never colliding.
CREATE TABLE habilitation (
    id                      BIGINT                   NOT NULL PRIMARY KEY,
    version                 BIGINT                   NOT NULL,
    organisme_id            BIGINT                   NOT NULL,
    convention_id           BIGINT                   NOT NULL,
    utilisateur_id          BIGINT                   NOT NULL,
    service_code            VARCHAR(10)              NOT NULL,
    profil                  VARCHAR(40)              NOT NULL,
    statut                  VARCHAR(10)              NOT NULL,
    valide_depuis           TIMESTAMP WITH TIME ZONE NOT NULL,
    suspendue_le            TIMESTAMP WITH TIME ZONE,
    motif_suspension        VARCHAR(500),
    devalidee_le            TIMESTAMP WITH TIME ZONE,
    motif_devalidation      VARCHAR(500),
    en_vigueur_utilisateur  BIGINT,
    CONSTRAINT uk_habilitation_en_vigueur UNIQUE (en_vigueur_utilisateur, service_code, profil),
    CONSTRAINT fk_habilitation_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id),
    CONSTRAINT fk_habilitation_convention FOREIGN KEY (convention_id) REFERENCES convention (id),
    CONSTRAINT fk_habilitation_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id),
    CONSTRAINT fk_habilitation_service FOREIGN KEY (service_code) REFERENCES service_catalogue (code),
    CONSTRAINT ck_habilitation_statut CHECK (statut IN ('ACTIVE', 'SUSPENDUE', 'DEVALIDEE')),
    CONSTRAINT ck_habilitation_devalidee CHECK ((statut = 'DEVALIDEE') = (devalidee_le IS NOT NULL)),
    CONSTRAINT ck_habilitation_suspendue CHECK ((statut = 'SUSPENDUE') = (suspendue_le IS NOT NULL)),
    CONSTRAINT ck_habilitation_en_vigueur CHECK (
        (statut = 'DEVALIDEE' AND en_vigueur_utilisateur IS NULL)
        OR (statut <> 'DEVALIDEE' AND en_vigueur_utilisateur = utilisateur_id))
);
CREATE INDEX ix_habilitation_utilisateur ON habilitation (utilisateur_id);
CREATE INDEX ix_habilitation_quota ON habilitation (convention_id, service_code, profil);
CREATE INDEX ix_habilitation_devalidee ON habilitation (devalidee_le);

-- R-HAB-7: the Caf withdrew the partner's delegation ("reprise en main") and manages for it.
CREATE TABLE delegation_habilitations (
    organisme_id    BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    retiree         BOOLEAN                  NOT NULL,
    modifiee_le     TIMESTAMP WITH TIME ZONE NOT NULL,
    modifiee_par    VARCHAR(20)              NOT NULL,
    motif           VARCHAR(500)             NOT NULL,
    CONSTRAINT fk_delegation_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id)
);

-- R-HAB-6: each suspension of an account, with its reason, and its reactivation.
CREATE TABLE suspension_compte (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    version             BIGINT                   NOT NULL,
    utilisateur_id      BIGINT                   NOT NULL,
    suspendu_le         TIMESTAMP WITH TIME ZONE NOT NULL,
    suspendu_par        VARCHAR(20)              NOT NULL,
    motif               VARCHAR(500)             NOT NULL,
    reactive_le         TIMESTAMP WITH TIME ZONE,
    reactive_par        VARCHAR(20),
    motif_reactivation  VARCHAR(500),
    CONSTRAINT fk_suspension_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id)
);
CREATE INDEX ix_suspension_utilisateur ON suspension_compte (utilisateur_id);

-- R-HAB-1: one account per person (e-mail) per organisation. Safe on existing data: accounts were
-- only ever created by CompteService, which reuses the account of an address already known in the
-- organisation (case-insensitively); Caf and Cnaf staff have no organisation (NULLs never collide).
ALTER TABLE utilisateur ADD CONSTRAINT uk_utilisateur_organisme_email UNIQUE (organisme_id, email);

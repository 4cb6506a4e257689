-- EDEN schema, version 1: Cafs, partner organisations and accounts (enough to log in).
-- Portable SQL: the same script runs on the embedded H2 database and on PostgreSQL.

CREATE SEQUENCE eden_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE caf (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    code            VARCHAR(3)   NOT NULL,
    nom             VARCHAR(200) NOT NULL,
    adresse_ligne   VARCHAR(200),
    code_postal     VARCHAR(5),
    commune         VARCHAR(100),
    CONSTRAINT uk_caf_code UNIQUE (code)
);

CREATE TABLE organisme_partenaire (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    caf_id          BIGINT       NOT NULL,
    nom             VARCHAR(200) NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    siret           VARCHAR(14)  NOT NULL,
    adresse_ligne   VARCHAR(200),
    code_postal     VARCHAR(5),
    commune         VARCHAR(100),
    CONSTRAINT uk_organisme_siret UNIQUE (siret),
    CONSTRAINT fk_organisme_caf FOREIGN KEY (caf_id) REFERENCES caf (id)
);
CREATE INDEX ix_organisme_caf ON organisme_partenaire (caf_id);

CREATE TABLE utilisateur (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    version             BIGINT                   NOT NULL,
    identifiant         VARCHAR(20)              NOT NULL,
    nom                 VARCHAR(100)             NOT NULL,
    prenom              VARCHAR(100)             NOT NULL,
    email               VARCHAR(254)             NOT NULL,
    mot_de_passe_hash   VARCHAR(255)             NOT NULL,
    statut              VARCHAR(20)              NOT NULL,
    derniere_connexion  TIMESTAMP WITH TIME ZONE,
    cree_le             TIMESTAMP WITH TIME ZONE NOT NULL,
    caf_id              BIGINT,
    organisme_id        BIGINT,
    CONSTRAINT uk_utilisateur_identifiant UNIQUE (identifiant),
    CONSTRAINT fk_utilisateur_caf FOREIGN KEY (caf_id) REFERENCES caf (id),
    CONSTRAINT fk_utilisateur_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id),
    CONSTRAINT ck_utilisateur_statut CHECK (statut IN ('PROVISOIRE', 'ACTIF', 'SUSPENDU'))
);
CREATE INDEX ix_utilisateur_organisme ON utilisateur (organisme_id);

CREATE TABLE utilisateur_role_caf (
    utilisateur_id  BIGINT      NOT NULL,
    role            VARCHAR(30) NOT NULL,
    CONSTRAINT pk_utilisateur_role_caf PRIMARY KEY (utilisateur_id, role),
    CONSTRAINT fk_role_caf_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id),
    CONSTRAINT ck_role_caf CHECK (role IN ('ADMINISTRATEUR_CAF', 'VERIFICATEUR_CAF', 'SUPERVISEUR_CAF', 'AGENT_CNAF'))
);

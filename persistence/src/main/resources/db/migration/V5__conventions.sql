-- EDEN schema, version 5: conventions (R-CONV-*): the convention d'accès, its contrat de service,
-- its bulletins d'adhésion with their quotas, its history, and the catalogue of services.
-- Portable SQL: the same script runs on the embedded H2 database and on PostgreSQL.

-- The services a partner can adhere to, and the profiles or roles their bulletins grant.
CREATE TABLE service_catalogue (
    code        VARCHAR(10)   NOT NULL PRIMARY KEY,
    libelle     VARCHAR(200)  NOT NULL,
    groupes     VARCHAR(1000)
);

CREATE TABLE profil_service (
    service_code    VARCHAR(10)  NOT NULL,
    rang            INTEGER      NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    libelle         VARCHAR(300) NOT NULL,
    CONSTRAINT pk_profil_service PRIMARY KEY (service_code, rang),
    CONSTRAINT uk_profil_service_code UNIQUE (service_code, code),
    CONSTRAINT fk_profil_service FOREIGN KEY (service_code) REFERENCES service_catalogue (code)
);

-- Numbers YYYY-NNN are given per Caf and year; the row is locked while one is taken.
CREATE TABLE compteur_convention (
    code_caf    VARCHAR(3) NOT NULL,
    annee       INTEGER    NOT NULL,
    dernier     INTEGER    NOT NULL,
    CONSTRAINT pk_compteur_convention PRIMARY KEY (code_caf, annee)
);

CREATE TABLE contrat_de_service (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    version                     BIGINT       NOT NULL,
    mode                        VARCHAR(12)  NOT NULL,
    administrateur_nom          VARCHAR(100),
    administrateur_prenom       VARCHAR(100),
    administrateur_email        VARCHAR(254),
    administrateur_telephone    VARCHAR(30),
    administrateur_compte       VARCHAR(20),
    suppleant_nom               VARCHAR(100),
    suppleant_prenom            VARCHAR(100),
    suppleant_email             VARCHAR(254),
    suppleant_telephone         VARCHAR(30),
    suppleant_compte            VARCHAR(20),
    securite_nom                VARCHAR(100),
    securite_prenom             VARCHAR(100),
    securite_email              VARCHAR(254),
    securite_telephone          VARCHAR(30),
    securite_compte             VARCHAR(20),
    referent_nom                VARCHAR(100),
    referent_prenom             VARCHAR(100),
    referent_email              VARCHAR(254),
    referent_telephone          VARCHAR(30),
    referent_compte             VARCHAR(20),
    CONSTRAINT ck_contrat_mode CHECK (mode IN ('DELEGUE', 'CENTRALISE'))
);

CREATE TABLE convention (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    version                     BIGINT       NOT NULL,
    caf_id                      BIGINT       NOT NULL,
    organisme_id                BIGINT       NOT NULL,
    numero                      VARCHAR(12)  NOT NULL,
    statut                      VARCHAR(12)  NOT NULL,
    date_debut                  DATE         NOT NULL,
    date_cloture                DATE,
    enregistree_par             VARCHAR(20)  NOT NULL,
    -- R-CONV-2: the partner's id while the convention is active or suspended, NULL otherwise.
    -- A plain UNIQUE constraint then allows one such row per partner (NULLs never collide),
    -- whatever the concurrency: the portable form of PostgreSQL's partial unique index.
    organisme_actif             BIGINT,
    contrat_id                  BIGINT       NOT NULL,
    convention_precedente_id    BIGINT,
    CONSTRAINT uk_convention_numero UNIQUE (caf_id, numero),
    CONSTRAINT uk_convention_organisme_actif UNIQUE (organisme_actif),
    CONSTRAINT uk_convention_contrat UNIQUE (contrat_id),
    CONSTRAINT fk_convention_caf FOREIGN KEY (caf_id) REFERENCES caf (id),
    CONSTRAINT fk_convention_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id),
    CONSTRAINT fk_convention_contrat FOREIGN KEY (contrat_id) REFERENCES contrat_de_service (id),
    CONSTRAINT fk_convention_precedente FOREIGN KEY (convention_precedente_id) REFERENCES convention (id),
    CONSTRAINT ck_convention_statut CHECK (statut IN ('BROUILLON', 'A_VERIFIER', 'VALIDEE', 'ACTIVE', 'SUSPENDUE', 'CLOTUREE')),
    CONSTRAINT ck_convention_organisme_actif CHECK (
        (statut IN ('ACTIVE', 'SUSPENDUE') AND organisme_actif = organisme_id)
        OR (statut NOT IN ('ACTIVE', 'SUSPENDUE') AND organisme_actif IS NULL)),
    -- R-CONV-5: no end date until the convention is closed.
    CONSTRAINT ck_convention_cloture CHECK ((statut = 'CLOTUREE') = (date_cloture IS NOT NULL))
);
CREATE INDEX ix_convention_organisme ON convention (organisme_id);

CREATE TABLE bulletin_adhesion (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    convention_id   BIGINT      NOT NULL,
    service_code    VARCHAR(10) NOT NULL,
    CONSTRAINT uk_bulletin_service UNIQUE (convention_id, service_code),
    CONSTRAINT fk_bulletin_convention FOREIGN KEY (convention_id) REFERENCES convention (id),
    CONSTRAINT fk_bulletin_service FOREIGN KEY (service_code) REFERENCES service_catalogue (code)
);

CREATE TABLE quota_bulletin (
    bulletin_id     BIGINT      NOT NULL,
    profil          VARCHAR(40) NOT NULL,
    demande         INTEGER     NOT NULL,
    accorde         INTEGER     NOT NULL,
    CONSTRAINT pk_quota_bulletin PRIMARY KEY (bulletin_id, profil),
    CONSTRAINT fk_quota_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin_adhesion (id),
    CONSTRAINT ck_quota_positif CHECK (demande >= 0 AND accorde >= 0)
);

-- R-CONV-3: every transition, with who, when, from, to and why. Written once.
CREATE TABLE transition_convention (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    convention_id   BIGINT                   NOT NULL,
    rang            INTEGER                  NOT NULL,
    statut_avant    VARCHAR(12),
    statut_apres    VARCHAR(12)              NOT NULL,
    acteur          VARCHAR(20)              NOT NULL,
    le              TIMESTAMP WITH TIME ZONE NOT NULL,
    motif           VARCHAR(1000),
    CONSTRAINT uk_transition_rang UNIQUE (convention_id, rang),
    CONSTRAINT fk_transition_convention FOREIGN KEY (convention_id) REFERENCES convention (id)
);

-- The catalogue (bulletins d'adhésion of the seed contract, DOMAIN.md §6–§8).
INSERT INTO service_catalogue (code, libelle, groupes) VALUES
    ('CDAP', 'Consultation du dossier allocataire par les partenaires', NULL),
    ('AFAS', 'Aides financières d''action sociale',
     'AFAS-Déclarer : fournisseurs de données d''activité et financières ; AFAS-Habiliter : approbateur'),
    ('TDB', 'Tableau de bord', NULL);

INSERT INTO profil_service (service_code, rang, code, libelle) VALUES
    ('CDAP', 0, 'T1', 'T1 – Action sociale'),
    ('CDAP', 1, 'T2', 'T2 – Prestataires de services sociaux'),
    ('CDAP', 2, 'T4', 'T4 – Services instructeurs'),
    ('CDAP', 3, 'T5', 'T5 – Chargés de suivi des dossiers RSA'),
    ('CDAP', 4, 'T18', 'T18 – Agents des départements en charge du contentieux RSA'),
    ('CDAP', 5, 'T19', 'T19 – Agents des départements en charge du contrôle RSA'),
    ('AFAS', 0, 'FOURNISSEUR_ACTIVITE', 'Fournisseur de données d''activité'),
    ('AFAS', 1, 'FOURNISSEUR_FINANCIER', 'Fournisseur de données financières'),
    ('AFAS', 2, 'APPROBATEUR', 'Approbateur'),
    ('TDB', 0, 'AGENT_CAF', 'Agent CAF'),
    ('TDB', 1, 'AGENT_CNAF', 'Agent CNAF'),
    ('TDB', 2, 'AGENT_CONSEIL_DEPARTEMENTAL', 'Agent conseil départemental'),
    ('TDB', 3, 'AGENT_PARTENAIRE_NATIONAL', 'Agent partenaire national (ministère)'),
    ('TDB', 4, 'UTILISATEUR_MSA', 'Utilisateur MSA'),
    ('TDB', 5, 'UTILISATEUR_CCMSA', 'Utilisateur CCMSA');

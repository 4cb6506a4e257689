-- EDEN schema, version 9: CDAP (DOMAIN.md §6).
-- Portable SQL: the same script runs on the embedded H2 database and on PostgreSQL.
--
-- 1. The beneficiary base (tables alloc_*). In production it belongs to the Caf's information
--    system and the portal reads it through one interface (BaseAllocataires); these tables are the
--    portal's own implementation, filled by the synthetic generator (GenerateurDossiers). A file is
--    known by (code_caf, numero): a numéro allocataire is unique only within one Caf. Every child
--    table's primary key starts with (code_caf, numero), so that reading one section of one file is
--    one index range scan, whatever the size of the base.

CREATE TABLE alloc_dossier (
    code_caf            VARCHAR(3)    NOT NULL,
    numero              VARCHAR(7)    NOT NULL,
    civilite            VARCHAR(3)    NOT NULL,
    nom                 VARCHAR(60)   NOT NULL,
    prenom              VARCHAR(60)   NOT NULL,
    date_naissance      DATE          NOT NULL,
    situation_familiale VARCHAR(20)   NOT NULL,
    activite            VARCHAR(30)   NOT NULL,
    date_affiliation    DATE          NOT NULL,
    adresse_ligne       VARCHAR(120)  NOT NULL,
    code_postal         VARCHAR(5)    NOT NULL,
    commune             VARCHAR(80)   NOT NULL,
    logement_statut     VARCHAR(30)   NOT NULL,
    logement_bailleur   VARCHAR(80),
    loyer               NUMERIC(9,2),
    charges             NUMERIC(9,2),
    pieces              INTEGER,
    logement_depuis     DATE,
    revenus_annee       INTEGER,
    -- The quotient familial of the month qf_mois; NULL when it cannot be computed ("non connu").
    quotient_familial   INTEGER,
    qf_mois             DATE,
    CONSTRAINT pk_alloc_dossier PRIMARY KEY (code_caf, numero)
);

-- Famille: the allocataire, the spouse or partner, the children.
CREATE TABLE alloc_personne (
    code_caf        VARCHAR(3)   NOT NULL,
    numero          VARCHAR(7)   NOT NULL,
    rang            INTEGER      NOT NULL,
    role            VARCHAR(12)  NOT NULL,
    nom             VARCHAR(60)  NOT NULL,
    prenom          VARCHAR(60)  NOT NULL,
    sexe            VARCHAR(1)   NOT NULL,
    date_naissance  DATE         NOT NULL,
    CONSTRAINT pk_alloc_personne PRIMARY KEY (code_caf, numero, rang),
    CONSTRAINT ck_alloc_personne_role CHECK (role IN ('ALLOCATAIRE', 'CONJOINT', 'ENFANT'))
);

-- Droits: benefits, current (date_fin NULL) or ended, with their monthly amount.
CREATE TABLE alloc_droit (
    code_caf    VARCHAR(3)    NOT NULL,
    numero      VARCHAR(7)    NOT NULL,
    rang        INTEGER       NOT NULL,
    prestation  VARCHAR(10)   NOT NULL,
    montant     NUMERIC(9,2)  NOT NULL,
    date_debut  DATE          NOT NULL,
    date_fin    DATE,
    CONSTRAINT pk_alloc_droit PRIMARY KEY (code_caf, numero, rang)
);

-- Paiement: one transfer per month; detail lists the benefits paid ("AF=151.05;APL=245.00").
CREATE TABLE alloc_paiement (
    code_caf        VARCHAR(3)    NOT NULL,
    numero          VARCHAR(7)    NOT NULL,
    date_paiement   DATE          NOT NULL,
    montant         NUMERIC(9,2)  NOT NULL,
    detail          VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_alloc_paiement PRIMARY KEY (code_caf, numero, date_paiement)
);

CREATE TABLE alloc_courrier (
    code_caf    VARCHAR(3)    NOT NULL,
    numero      VARCHAR(7)    NOT NULL,
    rang        INTEGER       NOT NULL,
    date_envoi  DATE          NOT NULL,
    objet       VARCHAR(150)  NOT NULL,
    CONSTRAINT pk_alloc_courrier PRIMARY KEY (code_caf, numero, rang)
);

-- Ressources: the income declared for a year, per person and nature.
CREATE TABLE alloc_ressource (
    code_caf    VARCHAR(3)    NOT NULL,
    numero      VARCHAR(7)    NOT NULL,
    rang        INTEGER       NOT NULL,
    annee       INTEGER       NOT NULL,
    personne    VARCHAR(12)   NOT NULL,
    nature      VARCHAR(60)   NOT NULL,
    montant     NUMERIC(10,2) NOT NULL,
    CONSTRAINT pk_alloc_ressource PRIMARY KEY (code_caf, numero, rang)
);

-- Créances: debts (overpayments) and their recovery.
CREATE TABLE alloc_creance (
    code_caf            VARCHAR(3)    NOT NULL,
    numero              VARCHAR(7)    NOT NULL,
    rang                INTEGER       NOT NULL,
    nature              VARCHAR(80)   NOT NULL,
    date_creance        DATE          NOT NULL,
    montant_initial     NUMERIC(9,2)  NOT NULL,
    reste_du            NUMERIC(9,2)  NOT NULL,
    retenue_mensuelle   NUMERIC(9,2),
    CONSTRAINT pk_alloc_creance PRIMARY KEY (code_caf, numero, rang)
);

-- RSA: the periods of entitlement (date_fin NULL: receiving RSA now). R-CDAP-5 reads them.
CREATE TABLE alloc_periode_rsa (
    code_caf        VARCHAR(3)    NOT NULL,
    numero          VARCHAR(7)    NOT NULL,
    rang            INTEGER       NOT NULL,
    date_debut      DATE          NOT NULL,
    date_fin        DATE,
    montant_mensuel NUMERIC(9,2)  NOT NULL,
    CONSTRAINT pk_alloc_periode_rsa PRIMARY KEY (code_caf, numero, rang)
);

-- 2. R-CDAP-7: the profile × section matrix, reference data that a Caf administrator edits.
--    acces: COMPLET (the whole section), QF_SEUL (Ressources: the quotient familial only), AUCUN.
CREATE TABLE cdap_acces_section (
    profil      VARCHAR(10)              NOT NULL,
    section     VARCHAR(20)              NOT NULL,
    acces       VARCHAR(10)              NOT NULL,
    version     BIGINT                   NOT NULL,
    modifie_par VARCHAR(20),
    modifie_le  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_cdap_acces_section PRIMARY KEY (profil, section),
    CONSTRAINT ck_cdap_acces CHECK (acces IN ('COMPLET', 'QF_SEUL', 'AUCUN')),
    CONSTRAINT ck_cdap_qf_seul CHECK (acces <> 'QF_SEUL' OR section = 'RESSOURCES'),
    CONSTRAINT ck_cdap_section CHECK (section IN ('DOSSIER', 'DROITS', 'ADRESSE', 'FAMILLE', 'LOGEMENT', 'RSA',
        'PAIEMENT', 'COURRIER', 'RESSOURCES', 'CREANCES', 'ATTESTATION'))
);

-- The default of DOMAIN.md §6 (R-CDAP-7), profile by profile.
INSERT INTO cdap_acces_section (profil, section, acces, version) VALUES
    ('T1', 'DOSSIER', 'COMPLET', 0), ('T1', 'DROITS', 'COMPLET', 0), ('T1', 'ADRESSE', 'COMPLET', 0),
    ('T1', 'FAMILLE', 'COMPLET', 0), ('T1', 'LOGEMENT', 'COMPLET', 0), ('T1', 'RSA', 'COMPLET', 0),
    ('T1', 'PAIEMENT', 'COMPLET', 0), ('T1', 'COURRIER', 'COMPLET', 0), ('T1', 'RESSOURCES', 'COMPLET', 0),
    ('T1', 'CREANCES', 'COMPLET', 0), ('T1', 'ATTESTATION', 'COMPLET', 0),

    ('T2', 'DOSSIER', 'COMPLET', 0), ('T2', 'DROITS', 'AUCUN', 0), ('T2', 'ADRESSE', 'AUCUN', 0),
    ('T2', 'FAMILLE', 'COMPLET', 0), ('T2', 'LOGEMENT', 'AUCUN', 0), ('T2', 'RSA', 'AUCUN', 0),
    ('T2', 'PAIEMENT', 'AUCUN', 0), ('T2', 'COURRIER', 'AUCUN', 0), ('T2', 'RESSOURCES', 'QF_SEUL', 0),
    ('T2', 'CREANCES', 'AUCUN', 0), ('T2', 'ATTESTATION', 'COMPLET', 0),

    ('T4', 'DOSSIER', 'COMPLET', 0), ('T4', 'DROITS', 'COMPLET', 0), ('T4', 'ADRESSE', 'COMPLET', 0),
    ('T4', 'FAMILLE', 'COMPLET', 0), ('T4', 'LOGEMENT', 'AUCUN', 0), ('T4', 'RSA', 'COMPLET', 0),
    ('T4', 'PAIEMENT', 'COMPLET', 0), ('T4', 'COURRIER', 'AUCUN', 0), ('T4', 'RESSOURCES', 'COMPLET', 0),
    ('T4', 'CREANCES', 'AUCUN', 0), ('T4', 'ATTESTATION', 'AUCUN', 0),

    ('T5', 'DOSSIER', 'COMPLET', 0), ('T5', 'DROITS', 'COMPLET', 0), ('T5', 'ADRESSE', 'COMPLET', 0),
    ('T5', 'FAMILLE', 'COMPLET', 0), ('T5', 'LOGEMENT', 'AUCUN', 0), ('T5', 'RSA', 'COMPLET', 0),
    ('T5', 'PAIEMENT', 'COMPLET', 0), ('T5', 'COURRIER', 'COMPLET', 0), ('T5', 'RESSOURCES', 'COMPLET', 0),
    ('T5', 'CREANCES', 'AUCUN', 0), ('T5', 'ATTESTATION', 'AUCUN', 0),

    ('T18', 'DOSSIER', 'COMPLET', 0), ('T18', 'DROITS', 'COMPLET', 0), ('T18', 'ADRESSE', 'COMPLET', 0),
    ('T18', 'FAMILLE', 'COMPLET', 0), ('T18', 'LOGEMENT', 'AUCUN', 0), ('T18', 'RSA', 'COMPLET', 0),
    ('T18', 'PAIEMENT', 'COMPLET', 0), ('T18', 'COURRIER', 'COMPLET', 0), ('T18', 'RESSOURCES', 'COMPLET', 0),
    ('T18', 'CREANCES', 'COMPLET', 0), ('T18', 'ATTESTATION', 'AUCUN', 0),

    ('T19', 'DOSSIER', 'COMPLET', 0), ('T19', 'DROITS', 'COMPLET', 0), ('T19', 'ADRESSE', 'COMPLET', 0),
    ('T19', 'FAMILLE', 'COMPLET', 0), ('T19', 'LOGEMENT', 'COMPLET', 0), ('T19', 'RSA', 'COMPLET', 0),
    ('T19', 'PAIEMENT', 'COMPLET', 0), ('T19', 'COURRIER', 'COMPLET', 0), ('T19', 'RESSOURCES', 'COMPLET', 0),
    ('T19', 'CREANCES', 'COMPLET', 0), ('T19', 'ATTESTATION', 'AUCUN', 0);

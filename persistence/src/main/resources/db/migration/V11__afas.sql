-- EDEN schema, version 11: AFAS, the declarations of funded facilities (R-AFAS-1 to R-AFAS-6,
-- R-AFAS-10, R-HAB-4 per équipement). Portable SQL, identical on H2 and PostgreSQL.

-- R-AFAS-1: a partner's facilities. Its row is the lock under which its providers are counted (R-HAB-4).
CREATE TABLE afas_equipement (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    organisme_id           BIGINT        NOT NULL,
    nom                    VARCHAR(200)  NOT NULL,
    type                   VARCHAR(4)    NOT NULL,
    adresse_ligne          VARCHAR(255),
    code_postal            VARCHAR(5),
    commune                VARCHAR(255),
    numero_dossier         VARCHAR(20)   NOT NULL,
    places_agreees         INTEGER       NOT NULL,
    heures_ouverture_jour  NUMERIC(4, 2) NOT NULL,
    CONSTRAINT fk_afas_equipement_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id),
    CONSTRAINT uk_afas_equipement_dossier UNIQUE (numero_dossier),
    CONSTRAINT ck_afas_equipement_type CHECK (type IN ('ALSH', 'EAJE'))
);
CREATE INDEX ix_afas_equipement_organisme ON afas_equipement (organisme_id, nom);

-- R-AFAS-1, R-HAB-4: who provides and who approves, per équipement.
CREATE TABLE afas_affectation (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    equipement_id   BIGINT                   NOT NULL,
    utilisateur_id  BIGINT                   NOT NULL,
    role            VARCHAR(25)              NOT NULL,
    affecte_par     VARCHAR(20)              NOT NULL,
    affecte_le      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_afas_affectation_equipement FOREIGN KEY (equipement_id) REFERENCES afas_equipement (id),
    CONSTRAINT fk_afas_affectation_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id),
    CONSTRAINT uk_afas_affectation UNIQUE (equipement_id, utilisateur_id, role),
    CONSTRAINT ck_afas_affectation_role CHECK (role IN ('FOURNISSEUR_ACTIVITE', 'FOURNISSEUR_FINANCIER', 'APPROBATEUR'))
);
CREATE INDEX ix_afas_affectation_utilisateur ON afas_affectation (utilisateur_id);

-- R-AFAS-2: one declaration per équipement, exercice and kind.
CREATE TABLE afas_declaration (
    id                 BIGINT                   NOT NULL PRIMARY KEY,
    version            BIGINT                   NOT NULL,
    equipement_id      BIGINT                   NOT NULL,
    exercice           INTEGER                  NOT NULL,
    nature             VARCHAR(20)              NOT NULL,
    statut             VARCHAR(12)              NOT NULL,
    commentaire        VARCHAR(2000),
    ouverte_par        VARCHAR(20)              NOT NULL,
    ouverte_le         TIMESTAMP WITH TIME ZONE NOT NULL,
    preremplie_depuis  BIGINT,
    soumise_par        VARCHAR(20),
    soumise_le         TIMESTAMP WITH TIME ZONE,
    transmise_par      VARCHAR(20),
    transmise_le       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_afas_declaration_equipement FOREIGN KEY (equipement_id) REFERENCES afas_equipement (id),
    CONSTRAINT uk_afas_declaration UNIQUE (equipement_id, exercice, nature),
    CONSTRAINT ck_afas_declaration_nature CHECK (nature IN ('PREVISIONNEL', 'ACTUALISE_JUIN', 'ACTUALISE_SEPTEMBRE', 'REEL')),
    CONSTRAINT ck_afas_declaration_statut CHECK (statut IN ('A_SAISIR', 'EN_COURS', 'A_APPROUVER', 'TRANSMISE', 'RECUE',
                                                            'A_CORRIGER', 'VALIDEE'))
);

-- R-AFAS-3, R-AFAS-6: the two parts, each with its own version (two providers of one part never
-- overwrite each other; the activity and the financial providers save side by side).
CREATE TABLE afas_partie (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    declaration_id  BIGINT                   NOT NULL,
    partie          VARCHAR(10)              NOT NULL,
    modifiee_par    VARCHAR(20),
    modifiee_le     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_afas_partie_declaration FOREIGN KEY (declaration_id) REFERENCES afas_declaration (id),
    CONSTRAINT uk_afas_partie UNIQUE (declaration_id, partie),
    CONSTRAINT ck_afas_partie CHECK (partie IN ('ACTIVITE', 'FINANCES'))
);

-- The figures of a part, one row per line (Poste): the forms, the API and the controls read one list.
CREATE TABLE afas_valeur (
    partie_id  BIGINT         NOT NULL,
    poste      VARCHAR(40)    NOT NULL,
    valeur     NUMERIC(14, 2),
    CONSTRAINT pk_afas_valeur PRIMARY KEY (partie_id, poste),
    CONSTRAINT fk_afas_valeur_partie FOREIGN KEY (partie_id) REFERENCES afas_partie (id)
);

-- R-AFAS-4: the written justifications of the warnings, kept with the declaration.
CREATE TABLE afas_justification (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    declaration_id  BIGINT                   NOT NULL,
    controle_id     VARCHAR(20)              NOT NULL,
    texte           VARCHAR(2000)            NOT NULL,
    par             VARCHAR(20)              NOT NULL,
    le              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_afas_justification_declaration FOREIGN KEY (declaration_id) REFERENCES afas_declaration (id),
    CONSTRAINT uk_afas_justification UNIQUE (declaration_id, controle_id)
);

-- R-AFAS-4: the coherence controls are data. What each computes is the Java Verification of the
-- same id; its severity, threshold (a percentage, or euros for AFAS-C04) and message are here.
CREATE TABLE afas_controle (
    id        VARCHAR(20)    NOT NULL PRIMARY KEY,
    version   BIGINT         NOT NULL,
    message   VARCHAR(500)   NOT NULL,
    severite  VARCHAR(15)    NOT NULL,
    seuil     NUMERIC(14, 2),
    regle     VARCHAR(12)    NOT NULL,
    actif     BOOLEAN        NOT NULL,
    CONSTRAINT ck_afas_controle_severite CHECK (severite IN ('BLOQUANT', 'AVERTISSEMENT'))
);

INSERT INTO afas_controle (id, version, message, severite, seuil, regle, actif) VALUES
    ('AFAS-C01', 0, 'Un montant, un nombre d''heures ou de jours ne peut pas être négatif.', 'BLOQUANT', NULL, 'R-AFAS-4', TRUE),
    ('AFAS-C02', 0, 'Les heures réalisées dépassent la capacité de l''accueil (places × jours × heures d''ouverture).', 'BLOQUANT', 100, 'R-AFAS-4', TRUE),
    ('AFAS-C03', 0, 'Le taux d''occupation (heures réalisées ÷ places × heures d''ouverture) dépasse 100 %.', 'BLOQUANT', 100, 'R-AFAS-4', TRUE),
    ('AFAS-C04', 0, 'Les totaux reportés du compte de résultat ne sont pas la somme des lignes.', 'BLOQUANT', 1, 'R-AFAS-4', TRUE),
    ('AFAS-C05', 0, 'Les heures réalisées varient de plus de 20 % par rapport au réel de l''an passé.', 'AVERTISSEMENT', 20, 'R-AFAS-4', TRUE),
    ('AFAS-C06', 0, 'Une charge varie de plus de 20 % par rapport au réel de l''an passé.', 'AVERTISSEMENT', 20, 'R-AFAS-4', TRUE),
    ('AFAS-C07', 0, 'Les heures ou les charges s''écartent de plus de 20 % du prévisionnel de l''exercice.', 'AVERTISSEMENT', 20, 'R-AFAS-4', TRUE),
    ('AFAS-C08', 0, 'La participation des familles dépasse le coût de l''accueil (total des charges).', 'AVERTISSEMENT', NULL, 'R-AFAS-4', TRUE),
    ('AFAS-C09', 0, 'Le taux de facturation de l''EAJE (heures facturées ÷ heures réalisées) dépasse 107 %.', 'AVERTISSEMENT', 107, 'R-AFAS-4', TRUE);

-- EDEN schema, version 8: reading the traces (R-TRACE-4), the incident desk (R-INC-1) and the
-- maintenance notices (R-INC-2). Portable SQL, identical on H2 and PostgreSQL.

-- The reading screen always filters on a scope (organisme_id for a partner's administrateur,
-- code_caf for a superviseur), then on what the reader asks, newest first. V4 has (scope, horodatage),
-- (identifiant, horodatage) and (action, horodatage); these serve the usual combinations of the scope
-- with an action, a result, or a target, without sorting the scope's rows (see README "Traces",
-- benchmark).
CREATE INDEX ix_trace_organisme_action ON trace (organisme_id, action, horodatage);
CREATE INDEX ix_trace_caf_action ON trace (code_caf, action, horodatage);
CREATE INDEX ix_trace_caf_resultat ON trace (code_caf, resultat, horodatage);
CREATE INDEX ix_trace_cible ON trace (cible_type, cible_id, horodatage);

-- R-INC-1: incidents filed by a partner to its Caf's service desk.
CREATE TABLE incident (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    version               BIGINT                   NOT NULL,
    caf_id                BIGINT                   NOT NULL,
    organisme_id          BIGINT                   NOT NULL,
    numero_convention     VARCHAR(12)              NOT NULL,
    profil_concerne       VARCHAR(60)              NOT NULL,
    utilisateur_concerne  VARCHAR(120)             NOT NULL,
    contact               VARCHAR(200)             NOT NULL,
    description           VARCHAR(4000)            NOT NULL,
    statut                VARCHAR(10)              NOT NULL,
    declare_par           VARCHAR(20)              NOT NULL,
    declare_le            TIMESTAMP WITH TIME ZONE NOT NULL,
    assigne_a             VARCHAR(20),
    premiere_reponse_le   TIMESTAMP WITH TIME ZONE,
    resolu_le             TIMESTAMP WITH TIME ZONE,
    resolution            VARCHAR(4000),
    CONSTRAINT fk_incident_caf FOREIGN KEY (caf_id) REFERENCES caf (id),
    CONSTRAINT fk_incident_organisme FOREIGN KEY (organisme_id) REFERENCES organisme_partenaire (id),
    CONSTRAINT ck_incident_statut CHECK (statut IN ('OUVERT', 'EN_COURS', 'RESOLU'))
);
CREATE INDEX ix_incident_caf ON incident (caf_id, statut, declare_le);
CREATE INDEX ix_incident_organisme ON incident (organisme_id, declare_le);

CREATE TABLE incident_commentaire (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    incident_id  BIGINT                   NOT NULL,
    auteur       VARCHAR(20)              NOT NULL,
    de_la_caf    BOOLEAN                  NOT NULL,
    le           TIMESTAMP WITH TIME ZONE NOT NULL,
    texte        VARCHAR(4000)            NOT NULL,
    CONSTRAINT fk_incident_commentaire FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX ix_incident_commentaire ON incident_commentaire (incident_id, le);

-- R-INC-2: planned outages, shown on the login page and the home while in force.
CREATE TABLE avis_maintenance (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    caf_id      BIGINT                   NOT NULL,
    texte       VARCHAR(1000)            NOT NULL,
    debut       TIMESTAMP WITH TIME ZONE NOT NULL,
    fin         TIMESTAMP WITH TIME ZONE NOT NULL,
    publie_par  VARCHAR(20)              NOT NULL,
    publie_le   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_avis_maintenance_caf FOREIGN KEY (caf_id) REFERENCES caf (id),
    CONSTRAINT ck_avis_maintenance_periode CHECK (fin > debut)
);
CREATE INDEX ix_avis_maintenance_fin ON avis_maintenance (fin, debut);

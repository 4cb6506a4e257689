-- EDEN schema, version 14: nothing lost on a restart (issue 19).
-- Portable SQL: the same script runs on the embedded H2 database and on PostgreSQL.

-- The outbox: every mail the portal asks for is written here in the transaction of the action that
-- asks for it, then sent after the commit and retried until sent (EnvoiCourriels). A node claims a
-- row by a conditional UPDATE (etat and bail_jusqu_a), so one node only sends it. The bodies may
-- hold a provisional password: they are blanked once the mail is sent.
CREATE TABLE courriel_sortant (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    message_id      VARCHAR(200)             NOT NULL,
    destinataire    VARCHAR(320)             NOT NULL,
    objet           VARCHAR(500)             NOT NULL,
    texte           VARCHAR(100000),
    html            VARCHAR(100000),
    etat            VARCHAR(12)              NOT NULL,
    tentatives      INTEGER                  NOT NULL,
    cree_le         TIMESTAMP WITH TIME ZONE NOT NULL,
    prochain_essai  TIMESTAMP WITH TIME ZONE,
    bail_jusqu_a    TIMESTAMP WITH TIME ZONE,
    envoye_le       TIMESTAMP WITH TIME ZONE,
    derniere_cause  VARCHAR(500),
    CONSTRAINT uk_courriel_sortant_message UNIQUE (message_id),
    CONSTRAINT ck_courriel_sortant_etat CHECK (etat IN ('A_ENVOYER', 'EN_ENVOI', 'ENVOYE', 'ECHEC'))
);
CREATE INDEX ix_courriel_sortant_etat ON courriel_sortant (etat, prochain_essai);

-- The lease of the node that runs a user import: renewed at each line; once it has expired (the
-- node stopped or died), any node takes the import over where it stopped (ExecutionImport).
ALTER TABLE import_utilisateurs ADD COLUMN bail_jusqu_a TIMESTAMP WITH TIME ZONE;

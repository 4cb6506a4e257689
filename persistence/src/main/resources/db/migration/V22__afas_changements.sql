-- R-HAB-13: the dated feed of the changes the AFAS guide asks partners to report to the Caf by a
-- paper form: an AFAS role granted to or taken from a person (a habilitation of the service AFAS),
-- a provider or the approver of an équipement designated or removed. One row per change, written
-- in the transaction of the change by the AFAS context (the habilitations' event observed, the
-- équipement's assignments by its own service). Names are copied: the feed stays readable whatever
-- becomes of the account or the équipement. Read by the Caf (code_caf) over a period.
CREATE TABLE afas_changement (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    version           BIGINT                   NOT NULL,
    code_caf          VARCHAR(3)               NOT NULL,
    organisme_id      BIGINT                   NOT NULL,
    organisme_nom     VARCHAR(200)             NOT NULL,
    le                TIMESTAMP WITH TIME ZONE NOT NULL,
    sorte             VARCHAR(25)              NOT NULL,
    identifiant       VARCHAR(20)              NOT NULL,
    nom_complet       VARCHAR(200)             NOT NULL,
    role              VARCHAR(25)              NOT NULL,
    equipement_id     BIGINT,
    equipement_nom    VARCHAR(200),
    par               VARCHAR(100)             NOT NULL,
    motif             VARCHAR(500),
    CONSTRAINT ck_afas_changement_sorte CHECK (sorte IN ('ROLE_ACCORDE', 'ROLE_RETIRE', 'AFFECTATION', 'RETRAIT_AFFECTATION'))
);
CREATE INDEX ix_afas_changement_caf_le ON afas_changement (code_caf, le);

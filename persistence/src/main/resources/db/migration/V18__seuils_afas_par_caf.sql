-- R-AFAS-4: a Caf's own setting of a national coherence control (afas_controle, V11): its threshold
-- and whether it runs, changed by the Caf's administrateur without a deployment. A Caf without a row
-- for a control uses the national values. One row per Caf and control; version for optimistic locking.
CREATE TABLE afas_controle_caf (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    code_caf     VARCHAR(3)               NOT NULL,
    controle_id  VARCHAR(20)              NOT NULL,
    seuil        NUMERIC(14, 2),
    actif        BOOLEAN                  NOT NULL,
    modifie_par  VARCHAR(20)              NOT NULL,
    modifie_le   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_afas_controle_caf_controle FOREIGN KEY (controle_id) REFERENCES afas_controle (id),
    CONSTRAINT uk_afas_controle_caf UNIQUE (code_caf, controle_id)
);

-- EDEN schema, version 3: identifier counters (R-HAB-1: identifiers are generated — three letters,
-- the Caf's code, a sequence — and never reused, even after an account's data is purged).

CREATE TABLE compteur_identifiant (
    prefixe     VARCHAR(3) NOT NULL,
    code_caf    VARCHAR(3) NOT NULL,
    dernier     INTEGER    NOT NULL,
    CONSTRAINT pk_compteur_identifiant PRIMARY KEY (prefixe, code_caf)
);

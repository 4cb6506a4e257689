-- EDEN schema, version 23: the national supervision's roll-ups (R-TDB-2). Portable SQL (H2 and PostgreSQL).
-- The Cnaf's queries read these instead of summing every partner's day rows. The fold
-- (EntrepotSupervision.replier) writes them in the same transaction as sup_activite_jour and
-- sup_utilisateur_jour, so that they always equal the sum of those; like them, they survive the
-- purge of the traces.

-- Counts per day, Caf and nature: the sum over the Caf's partners of sup_activite_jour.
CREATE TABLE sup_caf_jour (
    jour            DATE        NOT NULL,
    code_caf        VARCHAR(3)  NOT NULL,
    nature          VARCHAR(40) NOT NULL,
    nombre          BIGINT      NOT NULL,
    CONSTRAINT pk_sup_caf_jour PRIMARY KEY (jour, code_caf, nature)
);

-- Per partner user: his Caf and the last day he was active. Who was active in a period that runs
-- to the last day folded is who has his last day in it: the Cnaf's active accounts per Caf are
-- counted here (a row per user) instead of over every user's days.
CREATE TABLE sup_utilisateur_dernier_jour (
    identifiant     VARCHAR(20) NOT NULL PRIMARY KEY,
    code_caf        VARCHAR(3)  NOT NULL,
    dernier_jour    DATE        NOT NULL
);
CREATE INDEX ix_sup_dernier_jour ON sup_utilisateur_dernier_jour (dernier_jour, code_caf);

-- The existing aggregates, rolled up (the fold only adds to these from now on).
INSERT INTO sup_caf_jour (jour, code_caf, nature, nombre)
    SELECT jour, code_caf, nature, SUM(nombre) FROM sup_activite_jour GROUP BY jour, code_caf, nature;
INSERT INTO sup_utilisateur_dernier_jour (identifiant, code_caf, dernier_jour)
    SELECT u.identifiant, MAX(u.code_caf), u.jour FROM sup_utilisateur_jour u
    WHERE u.jour = (SELECT MAX(v.jour) FROM sup_utilisateur_jour v WHERE v.identifiant = u.identifiant)
    GROUP BY u.identifiant, u.jour;

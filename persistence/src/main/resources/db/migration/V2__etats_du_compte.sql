-- EDEN schema, version 2: the account's life (R-PWD-*, R-AUTH-*): consecutive failures and
-- freeze, password dates and history, forced change, usage rules and their acceptance.

ALTER TABLE utilisateur ADD COLUMN echecs_consecutifs INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE utilisateur ADD COLUMN gele_jusqu_a TIMESTAMP WITH TIME ZONE;
ALTER TABLE utilisateur ADD COLUMN mot_de_passe_change_le TIMESTAMP WITH TIME ZONE;
UPDATE utilisateur SET mot_de_passe_change_le = cree_le;
ALTER TABLE utilisateur ALTER COLUMN mot_de_passe_change_le SET NOT NULL;
ALTER TABLE utilisateur ADD COLUMN changement_force BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE utilisateur ADD COLUMN regles_usage_version VARCHAR(20);

-- The previous password hashes, newest first, for R-PWD-4 (only as many as the policy needs).
CREATE TABLE mot_de_passe_precedent (
    utilisateur_id  BIGINT                   NOT NULL,
    rang            INTEGER                  NOT NULL,
    hash            VARCHAR(255)             NOT NULL,
    remplace_le     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mot_de_passe_precedent PRIMARY KEY (utilisateur_id, rang),
    CONSTRAINT fk_mdp_precedent_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id)
);

-- Usage rules (règles d'usage, R-AUTH-2): versioned texts; the newest published one is in force.
CREATE TABLE regles_usage (
    version         VARCHAR(20)              NOT NULL PRIMARY KEY,
    titre           VARCHAR(200)             NOT NULL,
    texte           VARCHAR(20000)           NOT NULL,
    publiees_le     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every acceptance, with the version accepted and when: the proof asked of the portal.
CREATE TABLE acceptation_regles_usage (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    utilisateur_id  BIGINT                   NOT NULL,
    regles_version  VARCHAR(20)              NOT NULL,
    acceptees_le    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_acceptation_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id),
    CONSTRAINT fk_acceptation_regles FOREIGN KEY (regles_version) REFERENCES regles_usage (version)
);
CREATE INDEX ix_acceptation_utilisateur ON acceptation_regles_usage (utilisateur_id);

INSERT INTO regles_usage (version, titre, texte, publiees_le) VALUES ('2026-1',
'Règles d''usage de Mon Compte Partenaire',
'Mon Compte Partenaire vous donne accès, pour l''exercice de votre mission, à des données personnelles confidentielles détenues par la Caf. En poursuivant, vous vous engagez à respecter les règles suivantes.

1. Vos identifiant et mot de passe sont strictement personnels : ne les communiquez à personne, pas même à un collègue ou à votre responsable, et ne les notez pas à la vue de tous.

2. N''utilisez les données mises à votre disposition que dans le cadre de votre métier et pour les seules personnes dont vous avez la charge. Toute autre consultation est interdite.

3. Après consultation, cliquez sur « Déconnexion » afin qu''aucune autre personne ne puisse accéder aux données confidentielles. Une session inactive est fermée au bout de 30 minutes.

4. À chaque connexion, la date et l''heure de votre connexion précédente vous sont indiquées : si ce n''était pas vous, changez votre mot de passe et signalez-le immédiatement à votre administrateur.

5. Chacune de vos actions est tracée (identifiant, date, heure, données consultées). Les traces sont conservées six mois et peuvent être contrôlées par la Caf et par votre organisme.

6. Votre mot de passe doit être changé régulièrement. Après cinq tentatives de connexion infructueuses, votre compte est gelé pendant dix minutes.

Le non-respect de ces règles peut entraîner la suspension de vos habilitations, sans préjudice des poursuites prévues par la loi.',
TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');

package org.eden.portail.identite;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eden.portail.shared.ReferentielDeTest;
import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;

import java.time.Instant;
import java.util.EnumSet;

/**
 * Accounts in each state of their life, written straight through the repositories inside the
 * server (the demo data exists only on H2; these tests also run on PostgreSQL). Caf 998 is the
 * tests' own.
 */
@Dependent
final class ComptesDeTest {

    static final String CAF = "998";
    static final String MOT_DE_PASSE = "Clair#Matin2026";
    static final String PROVISOIRE = "Provisoire#2026b";

    private final UtilisateurRepository utilisateurs;
    private final ReferentielDeTest referentiel;
    private OrganismePartenaire organisme;
    private Caf caf;

    @Inject
    ComptesDeTest(UtilisateurRepository utilisateurs, ReferentielDeTest referentiel) {
        this.utilisateurs = utilisateurs;
        this.referentiel = referentiel;
    }

    /** The Caf and partner organisation of the tests (created at the first call). */
    OrganismePartenaire organisme() {
        if (organisme == null) {
            caf = referentiel.caf(CAF, "Caf d'essai");
            organisme = referentiel.organisme(caf, "Commune d'essai 998", "99800000000013", TypeOrganisme.COMMUNE,
                    "1, place de l'Essai", "99800");
        }
        return organisme;
    }

    /** First login pending: provisional password, usage rules not accepted. */
    Utilisateur premiereConnexion(String identifiant) {
        Utilisateur u = utilisateurs.enregistrer(Utilisateur.partenaire(organisme(), identifiant, "Essai", "Paul",
                identifiant.toLowerCase() + "@essai.test", HachageMotDePasse.hacher(PROVISOIRE), HorlogeDuServeur.maintenant()));
        return u;
    }

    /** An active account with the rules accepted and a personal password changed at {@code changeLe}. */
    Utilisateur actif(String identifiant, Instant changeLe) {
        Utilisateur u = premiereConnexion(identifiant);
        u.changerMotDePasse(HachageMotDePasse.hacher(MOT_DE_PASSE), changeLe, 3);
        return referentiel.accepterRegles(u);
    }

    /** An administrateur Caf of the tests' Caf, who may force password changes (R-HAB-7). */
    Utilisateur administrateurCaf(String identifiant) {
        organisme();
        Utilisateur u = utilisateurs.enregistrer(Utilisateur.agentCaf(caf, identifiant, "Essai", "Ariane",
                identifiant.toLowerCase() + "@caf998.test", HachageMotDePasse.hacher(MOT_DE_PASSE), HorlogeDuServeur.maintenant(),
                EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF)));
        return referentiel.accepterRegles(u);
    }
}

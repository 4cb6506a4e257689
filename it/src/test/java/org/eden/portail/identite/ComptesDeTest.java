package org.eden.portail.identite;

import org.eden.portail.shared.HorlogeDuServeur;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;

import java.time.Instant;
import java.util.EnumSet;

/**
 * Accounts in each state of their life, written straight through the repositories inside the
 * server (the demo data exists only on H2; these tests also run on PostgreSQL). Caf 998 is the
 * tests' own.
 */
final class ComptesDeTest {

    static final String CAF = "998";
    static final String MOT_DE_PASSE = "Clair#Matin2026";
    static final String PROVISOIRE = "Provisoire#2026b";

    private final UtilisateurRepository utilisateurs;
    private final CafRepository cafs;
    private final ReglesUsageRepository regles;
    private OrganismePartenaire organisme;
    private Caf caf;

    ComptesDeTest(UtilisateurRepository utilisateurs, CafRepository cafs, ReglesUsageRepository regles) {
        this.utilisateurs = utilisateurs;
        this.cafs = cafs;
        this.regles = regles;
    }

    /** The Caf and partner organisation of the tests (created at the first call). */
    OrganismePartenaire organisme() {
        if (organisme == null) {
            caf = cafs.cafParCode(CAF).orElseGet(() -> cafs.enregistrer(new Caf(CAF, "Caf d'essai", null)));
            organisme = cafs.organismeParSiret("99800000000013").orElseGet(() -> cafs.enregistrer(new OrganismePartenaire(
                    caf, "Commune d'essai 998", TypeOrganisme.COMMUNE, "99800000000013",
                    new Adresse("1, place de l'Essai", "99800", "Essai"))));
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
        regles.enregistrer(u.accepterReglesUsage(regles.enVigueur().orElseThrow(), HorlogeDuServeur.maintenant()));
        return u;
    }

    /** An administrateur Caf of the tests' Caf, who may force password changes (R-HAB-7). */
    Utilisateur administrateurCaf(String identifiant) {
        organisme();
        Utilisateur u = utilisateurs.enregistrer(Utilisateur.agentCaf(caf, identifiant, "Essai", "Ariane",
                identifiant.toLowerCase() + "@caf998.test", HachageMotDePasse.hacher(MOT_DE_PASSE), HorlogeDuServeur.maintenant(),
                EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF)));
        regles.enregistrer(u.accepterReglesUsage(regles.enVigueur().orElseThrow(), HorlogeDuServeur.maintenant()));
        return u;
    }
}

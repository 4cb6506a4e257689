package org.eden.portail.habilitation;

import org.eden.portail.shared.RegleMetierException;

import java.util.List;

/**
 * What the caller may manage in one organisation (R-HAB-5, R-HAB-7): everything (administrateur
 * partenaire or suppléant; the Caf in centralised mode or after a "reprise en main"), or the
 * sub-trees of the groups on which he is responsable des habilitations.
 */
record Portee(String acteur, boolean totale, boolean caf, List<Groupe> racines) {

    boolean couvre(Groupe groupe) {
        return totale || racines.stream().anyMatch(groupe::estDansLeSousArbreDe);
    }

    /** Create, rename, give roles, attach users: inside the sub-tree only. */
    void exigerGroupe(Groupe groupe) {
        if (!couvre(groupe)) {
            throw horsPerimetre(groupe);
        }
    }

    /** R-HAB-5: root groups are the administrateur's (or the Caf's). */
    void exigerGestionPrincipale(String acte) {
        if (!totale) {
            throw new RegleMetierException("R-HAB-5", "Seul l'administrateur partenaire (ou son suppléant) peut " + acte
                    + " : un responsable des habilitations agit dans son sous-arbre de groupes.");
        }
    }

    /** R-HAB-5: a responsable appoints (or revokes) another one on a sub-group of his own only. */
    void exigerNomination(Groupe groupe) {
        if (!totale && racines.stream().noneMatch(groupe::estSousGroupeDe)) {
            throw new RegleMetierException("R-HAB-5", "Le groupe « " + groupe.getChemin()
                    + " » n'est pas un sous-groupe de votre périmètre : un responsable des habilitations ne nomme un autre responsable que sur un sous-groupe du sien.");
        }
    }

    /** A user is inside the sub-tree when every group he is attached to is, and he has one. */
    void exigerUtilisateur(String identifiant, List<Groupe> groupes) {
        if (!totale && (groupes.isEmpty() || !groupes.stream().allMatch(this::couvre))) {
            throw new RegleMetierException("R-HAB-5", "L'utilisateur " + identifiant
                    + " a des groupes hors de votre périmètre : seul un gestionnaire qui les couvre tous peut agir sur lui.");
        }
    }

    private static RegleMetierException horsPerimetre(Groupe groupe) {
        return new RegleMetierException("R-HAB-5", "Le groupe « " + groupe.getChemin()
                + " » est hors de votre périmètre : les droits d'un responsable des habilitations s'arrêtent à son sous-arbre.");
    }
}

package org.eden.portail.habilitation;

import org.eden.portail.navigateur.Navigateur;
import org.openqa.selenium.By;


import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser steps of {@link EcransHabilitationsIT} (seed 001): kept out of the test class, which
 * is also loaded in the server, where Selenium is not.
 */
final class PilotageEcrans {

    private PilotageEcrans() {
    }

    static void attendre(Navigateur navigateur, String css) {
        navigateur.attendre(By.cssSelector(css));
    }

    static void creerGroupe(Navigateur navigateur, String nom) {
        navigateur.cliquer("arbre:nouveau-groupe");
        navigateur.attendre(By.id("dialogue-groupe:nom"));
        navigateur.saisir("dialogue-groupe:nom", nom);
        navigateur.cliquer("dialogue-groupe:creer");
        if (!nom.equals("crèches")) {
            attendreTexte(navigateur, "[id='arbre:groupes']", nom);
        }
    }

    static void attribuerRole(Navigateur navigateur, String groupe, String role) {
        navigateur.attendre(By.cssSelector("button[title='Attribuer un rôle à « " + groupe + " »']")).click();
        choisir(navigateur, "dialogue-role:role", role);
        navigateur.cliquer("dialogue-role:attribuer");
        attendreTexte(navigateur, "[id='arbre:groupes']", role);
    }

    static void creerEtRattacher(Navigateur navigateur, String nom, String prenom, String email, String groupe) {
        navigateur.ouvrir("/habilitation/utilisateurs.xhtml");
        navigateur.cliquer("actions:nouvel-utilisateur");
        navigateur.attendre(By.id("dialogue-utilisateur:nom"));
        navigateur.saisir("dialogue-utilisateur:nom", nom);
        navigateur.saisir("dialogue-utilisateur:prenom", prenom);
        navigateur.saisir("dialogue-utilisateur:email", email);
        navigateur.cliquer("dialogue-utilisateur:creer");
        navigateur.attendre(By.id("identifiant"));
        assertTrue(navigateur.titre().startsWith("Utilisateur "), navigateur.titre());
        navigateur.cliquer("groupes:rattacher");
        choisir(navigateur, "dialogue-rattacher:groupe", groupe);
        navigateur.cliquer("dialogue-rattacher:confirmer-rattachement");
        attendreTexte(navigateur, "[id='habilitations:table-habilitations']", "Active");
    }

    /** A PrimeFaces selectOneMenu: open it, click the item whose label starts with the text. */
    static void choisir(Navigateur navigateur, String id, String debutDuLibelle) {
        navigateur.choisir(id, debutDuLibelle);
    }

    /** Waits until the element shows the text (re-rendered by AJAX meanwhile: read again). */
    static void attendreTexte(Navigateur navigateur, String css, String texte) {
        navigateur.attendreTexte(By.cssSelector(css), texte);
    }
}

package org.eden.portail.shared;

import org.eden.portail.navigateur.Navigateur;
import org.openqa.selenium.By;

/**
 * The browser steps of a person's own account that several screen tests take: the usage rules of
 * a first login, then the password form. One place for the ids of those pages.
 */
public final class PilotageCompte {

    private PilotageCompte() {
    }

    /**
     * On the usage rules' page of a first login: accepts them, then replaces the provisional
     * password with {@code nouveau}, and waits for the page that follows.
     */
    public static void accepterReglesEtChangerMotDePasse(Navigateur navigateur, String provisoire, String nouveau) {
        accepterRegles(navigateur);
        changerMotDePasse(navigateur, provisoire, nouveau);
    }

    /** On the usage rules' page: accepts them and waits for the password page (its requirements). */
    public static void accepterRegles(Navigateur navigateur) {
        navigateur.cliquerEtAttendrePage("regles:accepter");
        navigateur.attendre(By.id("exigences"));
    }

    /** On a password page: the current password, the new one twice, submitted; waits for the page that answers. */
    public static void changerMotDePasse(Navigateur navigateur, String actuel, String nouveau) {
        navigateur.saisir("motDePasse:actuel", actuel);
        navigateur.saisir("motDePasse:nouveau", nouveau);
        navigateur.saisir("motDePasse:confirmation", nouveau);
        navigateur.cliquerEtAttendrePage("motDePasse:valider");
    }
}

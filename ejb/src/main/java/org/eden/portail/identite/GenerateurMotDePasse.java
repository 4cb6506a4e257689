package org.eden.portail.identite;

import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.PasswordGenerator;

import java.security.SecureRandom;
import java.util.List;

/**
 * Provisional passwords (R-PWD-2, R-PWD-6): random, of the policy's generated length, with one
 * character of each kind so they pass R-PWD-1 as well, and without the characters people misread
 * when they copy them from an e-mail (O and 0, I, l and 1, quotes, spaces).
 */
public final class GenerateurMotDePasse {

    /** A random password hitting a rule (the breached list, a name) is improbable; a loop is a defect. */
    private static final int ESSAIS = 100;

    private static final List<CharacterRule> LISIBLES = List.of(
            regle("INSUFFICIENT_UPPERCASE", "ABCDEFGHJKLMNPQRSTUVWXYZ"),
            regle("INSUFFICIENT_LOWERCASE", "abcdefghijkmnpqrstuvwxyz"),
            regle("INSUFFICIENT_DIGIT", "23456789"),
            regle("INSUFFICIENT_SPECIAL", "#%+-=?@!*$"));

    private static final SecureRandom ALEA = new SecureRandom();

    private final ControleMotDePasse controle;

    public GenerateurMotDePasse(PolitiqueMotDePasse politique) {
        this.controle = new ControleMotDePasse(politique);
    }

    /** The policy of the portal's configuration. */
    public static GenerateurMotDePasse configure() {
        return new GenerateurMotDePasse(PolitiqueMotDePasse.configuree());
    }

    /** A provisional password that passes the policy, with no holder to avoid. */
    public String generer() {
        return generer(null);
    }

    /** A provisional password that passes the policy for this holder (identifier, names). */
    public String generer(TitulaireMotDePasse titulaire) {
        int longueur = controle.politique().longueurGeneree();
        // Passay's generator keeps a retry counter: one per call keeps this class thread-safe.
        PasswordGenerator generateur = new PasswordGenerator(ALEA);
        for (int essai = 0; essai < ESSAIS; essai++) {
            String motDePasse = generateur.generatePassword(longueur, LISIBLES);
            if (controle.refus(motDePasse, titulaire).isEmpty()) {
                return motDePasse;
            }
        }
        throw new IllegalStateException("Aucun mot de passe provisoire conforme après " + ESSAIS + " essais.");
    }

    private static CharacterRule regle(String codeErreur, String caracteres) {
        return new CharacterRule(new CharacterData() {
            @Override
            public String getErrorCode() {
                return codeErreur;
            }

            @Override
            public String getCharacters() {
                return caracteres;
            }
        }, 1);
    }
}

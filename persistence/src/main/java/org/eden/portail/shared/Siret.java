package org.eden.portail.shared;

/**
 * A SIRET number: 14 digits whose Luhn key is valid. The one exception to the Luhn key, La Poste's
 * establishments (SIREN 356 000 000), is accepted by the digit-sum rule INSEE applies to them.
 */
public final class Siret {

    private static final String SIREN_LA_POSTE = "356000000";

    private Siret() {
    }

    /** Spaces are tolerated on input, as people copy SIRET numbers from printed documents. */
    public static String normaliser(String saisie) {
        return saisie == null ? null : saisie.replace(" ", "");
    }

    public static boolean estValide(String saisie) {
        String siret = normaliser(saisie);
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(SIREN_LA_POSTE)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        int somme = 0;
        for (int i = 0; i < 14; i++) {
            int chiffre = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                chiffre *= 2;
                if (chiffre > 9) {
                    chiffre -= 9;
                }
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }
}

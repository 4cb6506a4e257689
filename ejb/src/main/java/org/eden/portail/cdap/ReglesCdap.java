package org.eden.portail.cdap;

import java.util.Set;

/** The numbers and profile codes of the CDAP rules (specification §6), in one place. */
public final class ReglesCdap {

    /** R-CDAP-4: the profile that enters a numéro instructeur before a file opens. */
    public static final String PROFIL_INSTRUCTEUR = "T4";
    /** R-CDAP-4: what a numéro instructeur looks like (letters, digits, dashes). */
    public static final String FORMAT_NUMERO_INSTRUCTEUR = "[A-Za-z0-9-]{3,20}";
    /** R-CDAP-5: the profiles that open only the files of people receiving RSA now or recently… */
    public static final Set<String> PROFILS_FENETRE_RSA = Set.of("T18", "T19");
    /** …within this many months. */
    public static final int FENETRE_RSA_MOIS = 24;
    /** R-CDAP-2: the section Paiement shows this many months of transfers. */
    public static final int MOIS_DE_PAIEMENTS = 24;
    /** R-CDAP-1: a numéro allocataire has 1 to 7 digits. */
    public static final String FORMAT_NUMERO_ALLOCATAIRE = "\\d{1,7}";
    /** R-CDAP-5: the one answer for a file that does not exist and for a file out of reach. */
    public static final String INTROUVABLE = "Aucun dossier accessible ne correspond à ce numéro allocataire dans cette Caf.";

    private ReglesCdap() {
    }
}

package org.eden.portail.cdap;

import org.eden.portail.shared.Adresse;

import java.io.Serializable;

/**
 * The main record of a dossier allocataire, as the base returns it: its key (Caf, numéro) and the
 * one-row sections (Dossier, Adresse, Logement, and the year and quotient familial of Ressources).
 * It never goes to a screen whole: the consultation hands out each part only to a profile that
 * may see it.
 *
 * @param adresse       section Adresse: the same postal address as a partner's (shared.Adresse)
 * @param revenusAnnee  the year of the declared income, null when none was declared
 */
public record DossierAllocataire(String codeCaf, String numero, IdentiteAllocataire identite, Adresse adresse,
                                 Logement logement, Integer revenusAnnee, QuotientFamilial quotientFamilial)
        implements Serializable {
}

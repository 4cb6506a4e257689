package org.eden.portail.shared;

/**
 * One context's share of the demo data ({@link DonneesDemo}): each context loads its own, so the
 * loader (shared) knows none of them, and a new context adds its demo by adding one class.
 */
public interface DonneesDemoDuContexte {

    /**
     * When the context loads, smallest first: the accounts (identite) before the conventions that
     * name them as contacts, the conventions before the habilitations under them.
     */
    int rang();

    /**
     * Loads what is missing of the context's demo data, in the loader's transaction.
     *
     * @param eure      the demo Caf, with its partner the CIAS ({@link DonneesDemo#SIRET_CIAS})
     * @param baseNeuve true at the first start of the database (the Caf has just been created)
     */
    void chargerSiAbsentes(Caf eure, boolean baseNeuve);
}

package org.eden.portail.tableaudebord;

/** What an indicator's value is, which says how it adds up across rows (R-TDB-6 checks, secrecy). */
public enum Nature {
    /** A number of households or people: the parts add up to the total. */
    EFFECTIF,
    /** An amount in euros paid to the households behind it: adds up too. */
    MONTANT,
    /** An average amount in euros: the total's is the average weighted by the households. */
    MOYENNE;

    public boolean additive() {
        return this != MOYENNE;
    }
}

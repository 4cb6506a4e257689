package org.eden.portail.trace;

import java.time.Instant;

/**
 * Data other than traces that a retention rule purges (R-TRACE-3: habilitation data 6 years after
 * devalidation). A CDI bean implementing this is found by the daily purge ({@link PurgeQuotidienne}),
 * which calls it after the traces, each night, in a transaction of its own, and traces each run
 * ({@code PURGE_DONNEES_RETENUES}, target = {@link #code()}, detail = how many).
 * <p>
 * To plug in the habilitations: an {@code @ApplicationScoped} class in ejb/habilitation,
 * {@code code()} = "HABILITATIONS", {@code regle()} = {@link RegleRetention#HABILITATIONS}, and
 * {@code purgerAvant(limite)} deleting the habilitations devalidated before {@code limite} (through
 * its repository); nothing else to change.
 */
public interface DonneesRetenues {

    /** A short code naming the data, e.g. {@code HABILITATIONS}. */
    String code();

    /** How long the data is kept (after the event the implementation dates it from). */
    RegleRetention regle();

    /**
     * Deletes the data whose retention ended strictly before {@code limite}; returns how many rows
     * went. Called inside a transaction; throwing rolls the run back (traced as a failure).
     */
    long purgerAvant(Instant limite);
}

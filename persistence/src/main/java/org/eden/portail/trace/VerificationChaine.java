package org.eden.portail.trace;

import java.io.Serializable;

/**
 * The answer of a verification of the trace chain: intact, or the first rang where it breaks and why.
 *
 * @param verifiees how many traces were checked
 * @param rangRompu the first trace that does not hold (null when intact)
 */
public record VerificationChaine(boolean intacte, long verifiees, Long rangRompu, String motif) implements Serializable {

    public static VerificationChaine intacte(long verifiees) {
        return new VerificationChaine(true, verifiees, null, null);
    }

    public static VerificationChaine rompue(long verifiees, long rang, String motif) {
        return new VerificationChaine(false, verifiees, rang, motif);
    }
}

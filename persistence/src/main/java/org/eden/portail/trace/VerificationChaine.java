package org.eden.portail.trace;

import java.io.Serializable;

/**
 * The answer of a verification of the trace chain: intact, or the first rang where it breaks and why.
 *
 * @param verifiees how many traces were checked
 * @param rangRompu the first trace that does not hold (null when intact)
 * @param attente   the traces written but not sealed yet when the chain was read: not verified, and
 *                  not a fault as long as they are few and recent
 */
public record VerificationChaine(boolean intacte, long verifiees, Long rangRompu, String motif,
                                 AttenteScellement attente) implements Serializable {

    public static VerificationChaine intacte(long verifiees) {
        return new VerificationChaine(true, verifiees, null, null, AttenteScellement.AUCUNE);
    }

    public static VerificationChaine rompue(long verifiees, long rang, String motif) {
        return new VerificationChaine(false, verifiees, rang, motif, AttenteScellement.AUCUNE);
    }

    /** The same verdict on the sealed chain, with the traces that still wait to be sealed beside it. */
    public VerificationChaine avec(AttenteScellement enAttente) {
        return new VerificationChaine(intacte, verifiees, rangRompu, motif, enAttente);
    }
}

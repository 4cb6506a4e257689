package org.eden.portail.trace;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The answer of a verification of the trace chain: intact, or the first link where it breaks and
 * why; and what is not in the chain yet: the traces written but waiting for the sealer.
 *
 * @param verifiees             how many sealed traces were checked
 * @param rangRompu             the first link (maillon) that does not hold (null when intact)
 * @param enAttente             traces written and not sealed yet
 * @param plusAncienneEnAttente the time of the oldest of them (null when none)
 * @param ageAttenteMs          its age when verified, in milliseconds (null when none)
 */
public record VerificationChaine(boolean intacte, long verifiees, Long rangRompu, String motif,
                                 long enAttente, Instant plusAncienneEnAttente, Long ageAttenteMs) implements Serializable {

    public static VerificationChaine intacte(long verifiees) {
        return new VerificationChaine(true, verifiees, null, null, 0, null, null);
    }

    public static VerificationChaine rompue(long verifiees, long rang, String motif) {
        return new VerificationChaine(false, verifiees, rang, motif, 0, null, null);
    }

    /** The same verdict, with what waits to be sealed as seen at {@code maintenant}. */
    public VerificationChaine avecAttente(AttenteScellement attente, Instant maintenant) {
        return new VerificationChaine(intacte, verifiees, rangRompu, motif, attente.nombre(), attente.plusAncienne(),
                attente.plusAncienne() == null ? null : Duration.between(attente.plusAncienne(), maintenant).toMillis());
    }
}

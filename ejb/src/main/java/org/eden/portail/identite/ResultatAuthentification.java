package org.eden.portail.identite;

import org.eden.portail.trace.ResultatTrace;
import org.eden.portail.trace.ResultatTracable;

/**
 * What became of a login attempt. Only {@link #ACCEPTEE} lets the person in; every other outcome
 * is shown to him as the same refusal (R-AUTH-1) and kept, with its real reason, for the traces.
 */
public enum ResultatAuthentification implements ResultatTracable {
    ACCEPTEE,
    IDENTIFIANT_INCONNU,
    MOT_DE_PASSE_INCORRECT,
    /** This failure was the one that froze the account. */
    GEL_DECLENCHE,
    COMPTE_GELE,
    COMPTE_SUSPENDU,
    PROVISOIRE_EXPIRE;

    public boolean acceptee() {
        return this == ACCEPTEE;
    }

    @Override
    public ResultatTrace resultatTrace() {
        return acceptee() ? ResultatTrace.SUCCES : ResultatTrace.ECHEC;
    }

    /** The real reason of a refusal, kept for the traces only. */
    @Override
    public String detailTrace() {
        return acceptee() ? null : name();
    }
}

package org.eden.portail.trace;

/**
 * A value returned by a traced method that knows better than "success on the first parameter":
 * a refused login is returned, not thrown; a created account is known by its new identifier.
 */
public interface ResultatTracable {

    default ResultatTrace resultatTrace() {
        return ResultatTrace.SUCCES;
    }

    /** The target's id when it is not the method's first parameter; null keeps the parameter. */
    default String cibleTrace() {
        return null;
    }

    /** The reason of the outcome (never a secret nor personal data). */
    default String detailTrace() {
        return null;
    }
}

package org.eden.portail.trace;

/** What became of a traced action (R-TRACE-1: "result"). */
public enum ResultatTrace {
    SUCCES,
    /** Refused by a rule of the domain, or failed (a wrong password, an error). */
    ECHEC,
    /** Refused for lack of permission. */
    REFUS
}

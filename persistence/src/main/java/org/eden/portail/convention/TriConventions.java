package org.eden.portail.convention;

/** The columns the list of conventions can be sorted on, by the database. */
public enum TriConventions {
    NUMERO, CAF, ORGANISME, TYPE_ORGANISME, STATUT, MODE, DATE_DEBUT
}

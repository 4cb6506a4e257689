package org.eden.portail.trace;

/**
 * "This action happened": fired by services (directly or through {@link ActionTracee}) and
 * recorded by {@link JournalTraces}, the one writer of traces.
 *
 * @param identifiant who acted, when it is not the Shiro subject (null: the subject)
 * @param sessionId   the HTTP session concerned when it is not the current request's (raw: the
 *                    journal keeps only its SHA-256)
 */
public record EvenementTrace(String action, String cibleType, String cibleId, ResultatTrace resultat, String detail,
                             String identifiant, String sessionId) {

    public static EvenementTrace succes(String action, String cibleType, String cibleId) {
        return new EvenementTrace(action, cibleType, cibleId, ResultatTrace.SUCCES, null, null, null);
    }

    public EvenementTrace par(String identifiantActeur) {
        return new EvenementTrace(action, cibleType, cibleId, resultat, detail, identifiantActeur, sessionId);
    }

    public EvenementTrace session(String idSession) {
        return new EvenementTrace(action, cibleType, cibleId, resultat, detail, identifiant, idSession);
    }
}

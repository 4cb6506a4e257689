package org.eden.portail.identite;

import java.time.Duration;

/**
 * R-AUTH-1: after {@code seuil} consecutive failed logins the account is frozen for {@code duree}.
 * The numbers of the rule live here and nowhere else.
 */
public record RegleGel(int seuil, Duration duree) {

    public static final RegleGel DEFAUT = new RegleGel(5, Duration.ofMinutes(10));
}

package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * R-SESS-2: how long a session may stay idle. The server's default (wildfly-config, property
 * {@code eden.session.timeout}, 30 minutes) applies unless {@code eden.session.inactivite} gives
 * a number of seconds, read at each login so that it can be changed without a restart.
 */
@ApplicationScoped
public class ParametresSession {

    static final int TRENTE_MINUTES = 30 * 60;

    public int inactiviteMaximaleSecondes() {
        Integer secondes = Integer.getInteger("eden.session.inactivite");
        if (secondes != null && secondes > 0) {
            return secondes;
        }
        return Integer.getInteger("eden.session.timeout", TRENTE_MINUTES / 60) * 60;
    }
}

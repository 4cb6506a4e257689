package org.eden.portail.identite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import org.apache.shiro.authz.AuthorizationInfo;
import org.eden.portail.trace.EvenementTrace;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The caller's roles and permissions, read once per request: a consultation checks several
 * permissions, each of which used to read the account, its partner side and every context's
 * grants again. Kept for the request only, never longer: a suspension, a withdrawn habilitation
 * or a convention ended elsewhere takes effect at the caller's next request, on any node; one
 * made in this very request (any traced action that succeeded) empties it at once.
 */
@RequestScoped
public class AutorisationsDeLaRequete {

    private final Map<Object, AuthorizationInfo> parPrincipal = new HashMap<>();

    /** An action succeeded in this request: it may have changed someone's rights. */
    void actionReussie(@Observes(notifyObserver = Reception.IF_EXISTS) EvenementTrace action) {
        parPrincipal.clear();
    }

    AuthorizationInfo de(Object principal, Supplier<AuthorizationInfo> lecture) {
        AuthorizationInfo info = parPrincipal.get(principal);
        if (info == null) {
            info = lecture.get();
            parPrincipal.put(principal, info);
        }
        return info;
    }
}

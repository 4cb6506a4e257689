package org.eden.portail.identite;

import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;

/**
 * Someone acting off a request — the background run of an import he launched: the Shiro subject
 * the filter would have built after his login, rebuilt on the portal's own realm, so that what he
 * runs is checked against his real roles and permissions again and his name goes into the traces.
 * The one place that knows how (the realm, the principals' realm name); the integration tests' acting
 * as someone uses it too.
 */
public final class SujetHorsRequete {

    private SujetHorsRequete() {
    }

    /** The person {@code identifiant}, logged in, for {@link Subject#execute} or {@link Subject#associateWith}. */
    public static Subject de(String identifiant) {
        return new Subject.Builder(new DefaultSecurityManager(new EdenRealm()))
                .principals(new SimplePrincipalCollection(identifiant, "eden"))
                .authenticated(true)
                .buildSubject();
    }
}

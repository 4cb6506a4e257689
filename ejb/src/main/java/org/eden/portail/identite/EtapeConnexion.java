package org.eden.portail.identite;

/**
 * The steps a person must go through after logging in before he can use the portal, in this
 * order (R-AUTH-2, R-PWD-3): nothing else is reachable until they are done.
 */
public enum EtapeConnexion {
    REGLES_USAGE("/compte/regles-usage.xhtml"),
    NOUVEAU_MOT_DE_PASSE("/compte/nouveau-mot-de-passe.xhtml");

    private final String page;

    EtapeConnexion(String page) {
        this.page = page;
    }

    /** The only page that may be shown while this step is pending. */
    public String getPage() {
        return page;
    }
}

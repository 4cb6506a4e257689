package org.eden.portail.identite;

/**
 * R-AUTH-4: the browser families the portal accepts, each judged on its own minimum version, and
 * Internet Explorer, which no version makes acceptable (unmaintained since 2022).
 */
public enum FamilleNavigateur {

    CHROME("chrome", "Google Chrome et Chromium (et les navigateurs bâtis sur Chromium : Opera, Brave, Vivaldi…)"),
    EDGE("edge", "Microsoft Edge"),
    FIREFOX("firefox", "Mozilla Firefox (et Firefox ESR)"),
    SAFARI("safari", "Safari (macOS, iPhone, iPad)"),
    INTERNET_EXPLORER("ie", "Internet Explorer");

    private final String cle;
    private final String libelle;

    FamilleNavigateur(String cle, String libelle) {
        this.cle = cle;
        this.libelle = libelle;
    }

    /** The suffix of its setting, {@code eden.navigateurs.minimum.<cle>}. */
    public String getCle() {
        return cle;
    }

    public String getLibelle() {
        return libelle;
    }

    public boolean estAcceptable() {
        return this != INTERNET_EXPLORER;
    }
}

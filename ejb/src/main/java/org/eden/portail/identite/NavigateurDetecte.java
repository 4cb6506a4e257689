package org.eden.portail.identite;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-AUTH-4: which browser a request comes from, read from its User-Agent and, when a Chromium-based
 * browser sends them, its client hints ({@code Sec-CH-UA}, which no longer freeze the brand).
 * Order matters: Edge and Chromium-based browsers also say "Chrome", Chrome also says "Safari".
 * A request that names none of the families (a program, a crawler, a monitoring probe) is not a
 * browser to judge: {@link #lire} answers null.
 */
public record NavigateurDetecte(FamilleNavigateur famille, VersionNavigateur version) implements Serializable {

    private static final Pattern IE = Pattern.compile("MSIE (\\d+[.\\d]*)|Trident/.*rv:(\\d+[.\\d]*)");
    private static final Pattern EDGE = Pattern.compile("(?:Edg|EdgA|EdgiOS|Edge)/(\\d+[.\\d]*)");
    private static final Pattern FIREFOX = Pattern.compile("(?:Firefox|FxiOS)/(\\d+[.\\d]*)");
    private static final Pattern CHROME = Pattern.compile("(?:Chrome|Chromium|CriOS)/(\\d+[.\\d]*)");
    private static final Pattern SAFARI = Pattern.compile("Version/(\\d+[.\\d]*).*Safari/");
    private static final Pattern MARQUE = Pattern.compile("\"([^\"]+)\";v=\"(\\d+[.\\d]*)\"");

    public static NavigateurDetecte lire(String userAgent, String clientHints) {
        NavigateurDetecte parIndices = depuisClientHints(clientHints);
        if (parIndices != null) {
            return parIndices;
        }
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        Matcher ie = IE.matcher(userAgent);
        if (ie.find()) {
            return new NavigateurDetecte(FamilleNavigateur.INTERNET_EXPLORER,
                    VersionNavigateur.lire(ie.group(1) != null ? ie.group(1) : ie.group(2)));
        }
        for (Object[] regle : new Object[][]{{EDGE, FamilleNavigateur.EDGE}, {FIREFOX, FamilleNavigateur.FIREFOX},
                {CHROME, FamilleNavigateur.CHROME}, {SAFARI, FamilleNavigateur.SAFARI}}) {
            Matcher m = ((Pattern) regle[0]).matcher(userAgent);
            if (m.find()) {
                VersionNavigateur version = VersionNavigateur.lire(m.group(1));
                return version == null ? null : new NavigateurDetecte((FamilleNavigateur) regle[1], version);
            }
        }
        return null;
    }

    /** {@code "Chromium";v="124", "Microsoft Edge";v="124", "Not-A.Brand";v="99"}: Edge if named, else Chromium. */
    private static NavigateurDetecte depuisClientHints(String clientHints) {
        if (clientHints == null || clientHints.isBlank()) {
            return null;
        }
        VersionNavigateur chromium = null;
        Matcher m = MARQUE.matcher(clientHints);
        while (m.find()) {
            String marque = m.group(1);
            if (marque.equals("Microsoft Edge")) {
                return new NavigateurDetecte(FamilleNavigateur.EDGE, VersionNavigateur.lire(m.group(2)));
            }
            if (marque.equals("Chromium") || marque.equals("Google Chrome")) {
                chromium = VersionNavigateur.lire(m.group(2));
            }
        }
        return chromium == null ? null : new NavigateurDetecte(FamilleNavigateur.CHROME, chromium);
    }

    @Override
    public String toString() {
        return famille.getLibelle().split(" \\(")[0] + " " + version;
    }
}

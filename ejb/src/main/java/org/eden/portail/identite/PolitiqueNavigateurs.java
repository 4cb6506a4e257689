package org.eden.portail.identite;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * R-AUTH-4: which browsers may open the portal. A minimum version per family — by default the
 * oldest released in the two years before the reference date ({@link CalendrierNavigateurs}),
 * each configurable — and the Firefox ESR branches accepted by number. A request whose
 * User-Agent names no known family (a program calling the portal) is not judged; the API is not
 * filtered at all (FiltreNavigateurs).
 * <p>
 * Settings (system properties, read at start): {@value #CONTROLE} ({@code false} turns the check
 * off), {@value #REFERENCE} ({@code 2026-12-01}), {@value #MINIMUM}{@code chrome|edge|firefox|safari}
 * ({@code 131}, {@code 18.2}), {@value #ESR} ({@code 128,140}).
 */
public final class PolitiqueNavigateurs implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String CONTROLE = "eden.navigateurs.controle";
    public static final String REFERENCE = "eden.navigateurs.reference";
    public static final String MINIMUM = "eden.navigateurs.minimum.";
    public static final String ESR = "eden.navigateurs.firefox-esr";

    private final boolean active;
    private final LocalDate reference;
    private final Map<FamilleNavigateur, VersionNavigateur> minimums;
    private final List<Integer> esr;

    private PolitiqueNavigateurs(boolean active, LocalDate reference, Map<FamilleNavigateur, VersionNavigateur> minimums,
                                 List<Integer> esr) {
        this.active = active;
        this.reference = reference;
        this.minimums = minimums;
        this.esr = esr;
    }

    /** The policy from the server's system properties. */
    public static PolitiqueNavigateurs configuree() {
        return depuis(System::getProperty);
    }

    /**
     * The policy from any source of settings (a map in the tests). A setting that cannot be read
     * fails the start with its name rather than silently accepting every browser.
     */
    public static PolitiqueNavigateurs depuis(UnaryOperator<String> reglages) {
        boolean active = !"false".equalsIgnoreCase(reglages.apply(CONTROLE));
        LocalDate reference = CalendrierNavigateurs.REFERENCE;
        String date = reglages.apply(REFERENCE);
        if (date != null && !date.isBlank()) {
            try {
                reference = LocalDate.parse(date.trim());
            } catch (DateTimeParseException illisible) {
                throw new IllegalArgumentException(REFERENCE + " : date attendue sous la forme 2026-12-01, lu « " + date + " »");
            }
        }
        Map<FamilleNavigateur, VersionNavigateur> minimums = new EnumMap<>(FamilleNavigateur.class);
        for (FamilleNavigateur famille : FamilleNavigateur.values()) {
            if (!famille.estAcceptable()) {
                continue;
            }
            String fixe = reglages.apply(MINIMUM + famille.getCle());
            VersionNavigateur minimum = fixe == null || fixe.isBlank()
                    ? CalendrierNavigateurs.minimumSur2Ans(famille, reference) : VersionNavigateur.lire(fixe);
            if (minimum == null) {
                throw new IllegalArgumentException(MINIMUM + famille.getCle() + " : version attendue (131, 18.2), lu « " + fixe + " »");
            }
            minimums.put(famille, minimum);
        }
        String listeEsr = reglages.apply(ESR);
        List<Integer> esr;
        try {
            esr = listeEsr == null || listeEsr.isBlank() ? esrParDefaut(minimums.get(FamilleNavigateur.FIREFOX))
                    : Arrays.stream(listeEsr.split(",")).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException illisible) {
            throw new IllegalArgumentException(ESR + " : versions majeures attendues (128,140), lu « " + listeEsr + " »");
        }
        return new PolitiqueNavigateurs(active, reference, minimums, esr);
    }

    /**
     * The ESR branches released since the minimum, and the one in force when the window opened (an
     * ESR is maintained for about a year after its successor: organisations that deploy Firefox ESR
     * are that far behind the releases on purpose).
     */
    private static List<Integer> esrParDefaut(VersionNavigateur minimumFirefox) {
        int enVigueur = CalendrierNavigateurs.FIREFOX_ESR.stream().filter(v -> v < minimumFirefox.majeure())
                .max(Integer::compare).orElse(minimumFirefox.majeure());
        return CalendrierNavigateurs.FIREFOX_ESR.stream().filter(v -> v >= enVigueur).toList();
    }

    /** R-AUTH-4: the decision for one request. */
    public DecisionNavigateur juger(String userAgent, String clientHints) {
        NavigateurDetecte navigateur = NavigateurDetecte.lire(userAgent, clientHints);
        if (!active || navigateur == null) {
            return new DecisionNavigateur(true, navigateur, null);
        }
        if (!navigateur.famille().estAcceptable()) {
            return new DecisionNavigateur(false, navigateur, null);
        }
        VersionNavigateur minimum = minimums.get(navigateur.famille());
        boolean accepte = navigateur.version().compareTo(minimum) >= 0
                || (navigateur.famille() == FamilleNavigateur.FIREFOX && esr.contains(navigateur.version().majeure()));
        return new DecisionNavigateur(accepte, navigateur, minimum);
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getReference() {
        return reference;
    }

    /** The accepted families and their minimum versions, in the order of {@link FamilleNavigateur}. */
    public Map<FamilleNavigateur, VersionNavigateur> getMinimums() {
        return Map.copyOf(minimums);
    }

    public VersionNavigateur minimum(FamilleNavigateur famille) {
        return minimums.get(famille);
    }

    public List<Integer> getEsr() {
        return esr;
    }

    /** R-AUTH-4: accepted or not, what was recognised (null: not a browser) and the minimum it was held to. */
    public record DecisionNavigateur(boolean accepte, NavigateurDetecte navigateur, VersionNavigateur minimum)
            implements Serializable {
    }
}

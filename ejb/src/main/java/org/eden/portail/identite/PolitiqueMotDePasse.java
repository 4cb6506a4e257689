package org.eden.portail.identite;

import org.eden.portail.shared.Horloge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The password policies the portal can enforce, and the one place where their numbers live.
 * One is chosen for the whole portal by configuration ({@link #configuree()}); both also refuse a
 * password containing the identifier or the user's names, and any password of the breached list
 * ({@link ControleMotDePasse}).
 */
public enum PolitiqueMotDePasse {

    /**
     * The contract (specification §5), the default: R-PWD-1 length 8 to 20 with at least one upper-case
     * letter, lower-case letter, digit and special character; R-PWD-4 the last 3 passwords cannot be
     * reused; R-PWD-3 a personal password lasts 6 months; R-PWD-2 a provisional one 24 hours.
     */
    CONTRAT(8, 20, true, 3, Period.ofMonths(6), Duration.ofHours(24), 12),

    /**
     * OWASP ASVS: 12 to 128 characters (length is what resists guessing, and a passphrase must
     * fit), no composition rule and no forced expiry (both push people to predictable variants such
     * as "Printemps2026!" then "Ete2026!"), no history (without rotation there is nothing to
     * cycle). A provisional password still lasts 24 hours: it travels by e-mail.
     */
    ASVS(12, 128, false, 0, null, Duration.ofHours(24), 16);

    /** System property that selects the policy; {@link #VARIABLE} is read when it is absent. */
    public static final String PROPRIETE = "eden.motdepasse.politique";
    public static final String VARIABLE = "EDEN_MOTDEPASSE_POLITIQUE";

    private final int longueurMin;
    private final int longueurMax;
    private final boolean compositionExigee;
    private final int historique;
    private final Period validitePersonnel;
    private final Duration validiteProvisoire;
    private final int longueurGeneree;

    PolitiqueMotDePasse(int longueurMin, int longueurMax, boolean compositionExigee, int historique,
                        Period validitePersonnel, Duration validiteProvisoire, int longueurGeneree) {
        this.longueurMin = longueurMin;
        this.longueurMax = longueurMax;
        this.compositionExigee = compositionExigee;
        this.historique = historique;
        this.validitePersonnel = validitePersonnel;
        this.validiteProvisoire = validiteProvisoire;
        this.longueurGeneree = longueurGeneree;
    }

    /** The policy named by {@value #PROPRIETE}, else by {@value #VARIABLE}, else {@link #CONTRAT}. */
    public static PolitiqueMotDePasse configuree() {
        String valeur = System.getProperty(PROPRIETE);
        return depuis(valeur != null ? valeur : System.getenv(VARIABLE));
    }

    /**
     * Reads a configured value ({@code contrat} or {@code asvs}, any case); none means the default.
     * An unknown value stops the portal rather than silently enforcing another policy than intended.
     */
    public static PolitiqueMotDePasse depuis(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return CONTRAT;
        }
        String nom = valeur.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(nom)).findFirst()
                .orElseThrow(() -> new IllegalStateException(String.format(
                        "Politique de mot de passe inconnue « %s » (%s / %s) ; valeurs admises : %s.",
                        valeur, PROPRIETE, VARIABLE,
                        Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")))));
    }

    public int longueurMin() {
        return longueurMin;
    }

    public int longueurMax() {
        return longueurMax;
    }

    /** R-PWD-1: one upper-case letter, one lower-case letter, one digit and one special character. */
    public boolean compositionExigee() {
        return compositionExigee;
    }

    /** R-PWD-4: how many of the last passwords (the current one included) cannot be chosen again. */
    public int historique() {
        return historique;
    }

    /** R-PWD-3: how long a personal password lasts; empty when it never expires. */
    public Optional<Period> validitePersonnel() {
        return Optional.ofNullable(validitePersonnel);
    }

    /** R-PWD-2: how long a provisional password lasts. */
    public Duration validiteProvisoire() {
        return validiteProvisoire;
    }

    /** Length of the provisional passwords the portal generates: inside the policy's bounds. */
    public int longueurGeneree() {
        return longueurGeneree;
    }

    /**
     * R-PWD-3: when a personal password set at {@code changeLe} expires, if it does. Months are
     * counted on the Paris calendar (a password set on 31 August lasts until 28 or 29 February).
     */
    public Optional<Instant> expirationPersonnel(Instant changeLe) {
        return validitePersonnel().map(p -> changeLe.atZone(Horloge.FUSEAU).plus(p).toInstant());
    }

    /** R-PWD-2: when a provisional password issued at {@code emisLe} expires. */
    public Instant expirationProvisoire(Instant emisLe) {
        return emisLe.plus(validiteProvisoire);
    }

    /** R-PWD-3: a personal password is valid up to, not including, its expiry instant. */
    public boolean estExpirePersonnel(Instant changeLe, Clock horloge) {
        return expirationPersonnel(changeLe).map(fin -> !horloge.instant().isBefore(fin)).orElse(false);
    }

    /** R-PWD-2: a provisional password is valid up to, not including, its expiry instant. */
    public boolean estExpireProvisoire(Instant emisLe, Clock horloge) {
        return !horloge.instant().isBefore(expirationProvisoire(emisLe));
    }
}

package org.eden.portail.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a {@link PermissionsDuContexte} grants, written as its rules read: "when this holds, these
 * permissions" — one line a rule, instead of an {@code if} and its {@code add}s in every context.
 * Kept in the order granted (the tests and the logs read them in that order).
 */
public final class PermissionsAccordees {

    private final Set<String> permissions = new LinkedHashSet<>();

    /** Grants {@code accordees} when {@code condition} holds; computed either way, so never dereference a null in them. */
    public PermissionsAccordees si(boolean condition, String... accordees) {
        if (condition) {
            Collections.addAll(permissions, accordees);
        }
        return this;
    }

    /** Grants all of {@code accordees} (those drawn from the account's profiles, say). */
    public PermissionsAccordees toutes(Collection<String> accordees) {
        permissions.addAll(accordees);
        return this;
    }

    public Set<String> ensemble() {
        return permissions;
    }

    /** A profile's permission as the habilitations carry it: {@code cdap:profil} and {@code T2} give {@code cdap:profil:t2}. */
    public static String profil(String prefixe, String nomDuProfil) {
        return prefixe + ":" + nomDuProfil.toLowerCase(Locale.ROOT);
    }
}

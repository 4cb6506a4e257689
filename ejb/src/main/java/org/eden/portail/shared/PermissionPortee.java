package org.eden.portail.shared;

/**
 * A permission granted on one Caf or one organisation: {@code afas:suivre} on the Caf 271 is
 * {@code afas:suivre:271}. Its name is never checked alone: Shiro reads a shorter permission as
 * every longer one, so the name alone would open every Caf.
 */
public record PermissionPortee(String nom) {

    /** The permission on {@code portee}: a Caf's code or an organisation's id. */
    public String sur(Object portee) {
        return nom + ":" + portee;
    }
}

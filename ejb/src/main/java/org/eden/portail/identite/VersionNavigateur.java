package org.eden.portail.identite;

import java.io.Serializable;

/** A browser version as its User-Agent gives it, major and minor ("18.2"; Chrome freezes the rest). */
public record VersionNavigateur(int majeure, int mineure) implements Comparable<VersionNavigateur>, Serializable {

    /** "131", "18.2", "18.2.1": the first two numbers; null when there is none. */
    public static VersionNavigateur lire(String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        String[] parties = texte.trim().split("\\.");
        try {
            return new VersionNavigateur(Integer.parseInt(parties[0]), parties.length > 1 ? Integer.parseInt(parties[1]) : 0);
        } catch (NumberFormatException illisible) {
            return null;
        }
    }

    @Override
    public int compareTo(VersionNavigateur autre) {
        return majeure != autre.majeure ? Integer.compare(majeure, autre.majeure) : Integer.compare(mineure, autre.mineure);
    }

    @Override
    public String toString() {
        return mineure == 0 ? String.valueOf(majeure) : majeure + "." + mineure;
    }
}

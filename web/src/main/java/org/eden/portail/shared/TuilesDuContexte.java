package org.eden.portail.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The home tiles a context offers, each with the permission that shows it. Each context declares
 * its own beside its screens (a bean extending this class with its rank, and its table
 * {@code tuiles.txt} in its package), so the home page (shared) knows none of them, and a new
 * context adds its tiles by adding one class and one table.
 * <p>
 * The table holds one tile a line, in the order shown: {@code titre | description | icône | lien |
 * permission}; blank lines and lines starting with {@code #} are notes. The permission is written
 * as in shiro.ini, its value; TuilesDuContexteTest checks that each one is a constant of its
 * context's permissions.
 */
public abstract class TuilesDuContexte {

    static final String TABLE = "tuiles.txt";

    private final int rang;
    private final List<Tuile> tuiles;

    /** {@code contexte}: the class beside which the table lies (the subclass itself: a CDI proxy's class may lie elsewhere). */
    protected TuilesDuContexte(int rang, Class<?> contexte) {
        this.rang = rang;
        this.tuiles = lire(contexte);
    }

    /** Where the context's tiles come on the home page, smallest first. */
    public int rang() {
        return rang;
    }

    public List<Tuile> tuiles() {
        return tuiles;
    }

    private static List<Tuile> lire(Class<?> contexte) {
        try (InputStream table = contexte.getResourceAsStream(TABLE)) {
            if (table == null) {
                throw new IllegalStateException("No " + TABLE + " beside " + contexte.getName());
            }
            return new String(table.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(ligne -> !ligne.isEmpty() && !ligne.startsWith("#"))
                    .map(ligne -> tuile(contexte, ligne))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Tuile tuile(Class<?> contexte, String ligne) {
        String[] champs = ligne.split("\\|");
        if (champs.length != 5) {
            throw new IllegalStateException(contexte.getSimpleName() + " " + TABLE + ": five fields expected in « " + ligne + " »");
        }
        return new Tuile(champs[0].strip(), champs[1].strip(), champs[2].strip(), champs[3].strip(), champs[4].strip());
    }
}

package org.eden.portail.shared;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reconnaît, dans l'erreur d'un flush, le refus d'une contrainte UNIQUE — et elle seule.
 * <p>
 * Several rules (R-CONV-2, R-HAB-1, R-HAB-2, R-HAB-3, R-HAB-8) let the database settle a race: two
 * transactions pass the friendly check, one commits, the UNIQUE constraint refuses the other, and
 * the service turns that refusal into the rule's message. A deadlock, a lost connection or another
 * constraint must not become that message: they are rethrown as they are.
 * <p>
 * The unique violation is SQLState {@code 23505} in PostgreSQL and H2 alike. It sits somewhere in
 * the cause chain (PersistenceException → EclipseLink's DatabaseException → SQLException), or in
 * the next exceptions of a {@code BatchUpdateException} (JDBC batch writing). The constraint's
 * name is in the message: {@code unique constraint "uk_…"} for PostgreSQL (quoted « » in French),
 * {@code "PUBLIC.UK_…_INDEX_9 ON …"} for H2 — hence a case-insensitive match on the whole name.
 */
public final class ViolationUnicite {

    /** SQLState of unique_violation (SQL standard class 23, integrity constraint violation). */
    public static final String ETAT_SQL = "23505";

    private ViolationUnicite() {
    }

    /**
     * Whether {@code erreur} comes from a unique violation of {@code contrainte} (its name in the
     * migrations, {@code uk_…}); any unique violation when {@code contrainte} is null.
     */
    public static boolean est(Throwable erreur, String contrainte) {
        Pattern nom = contrainte == null ? null
                // The whole name: uk_convention must not match uk_convention_numero; H2 suffixes
                // the index it creates for the constraint with _INDEX_<n>.
                : Pattern.compile("(?<![\\w])" + Pattern.quote(contrainte.toLowerCase(Locale.ROOT)) + "(_index_\\w+)?(?![\\w])");
        Set<Throwable> vues = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> aVoir = new ArrayDeque<>();
        if (erreur != null) {
            aVoir.add(erreur);
        }
        while (!aVoir.isEmpty()) {
            Throwable t = aVoir.poll();
            if (!vues.add(t)) {
                continue; // a cause chain that loops
            }
            if (t instanceof SQLException sql) {
                if (ETAT_SQL.equals(sql.getSQLState()) && (nom == null || nomme(sql, nom))) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    aVoir.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                aVoir.add(t.getCause());
            }
        }
        return false;
    }

    /**
     * Runs {@code ecriture} (a flush): a refusal of {@code contrainte} — another transaction did the
     * same at the same moment — becomes the rule's {@code refus}; a deadlock, a lost connection or
     * another constraint is rethrown as it is.
     */
    public static void ecrire(Runnable ecriture, String contrainte, Supplier<? extends RuntimeException> refus) {
        ecrire(ecriture, contrainte, false, refus);
    }

    /** The same, where a concurrent change of the row's version (an optimistic lock) is refused the same way. */
    public static void ecrireSansConflit(Runnable ecriture, String contrainte, Supplier<? extends RuntimeException> refus) {
        ecrire(ecriture, contrainte, true, refus);
    }

    private static void ecrire(Runnable ecriture, String contrainte, boolean version, Supplier<? extends RuntimeException> refus) {
        try {
            ecriture.run();
        } catch (PersistenceException concurrente) {
            if (!(version && concurrente instanceof OptimisticLockException) && !est(concurrente, contrainte)) {
                throw concurrente;
            }
            throw refus.get();
        }
    }

    private static boolean nomme(SQLException sql, Pattern nom) {
        String message = sql.getMessage();
        return message != null && nom.matcher(message.toLowerCase(Locale.ROOT)).find();
    }
}

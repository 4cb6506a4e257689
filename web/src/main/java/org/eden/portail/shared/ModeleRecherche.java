package org.eden.portail.shared;

import org.apache.shiro.authz.AuthorizationException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazy table over a service that counts and reads one page of a search, sorted on one column.
 * A refusal of the service (a missing permission, a rule) shows on screen and leaves the table
 * empty, instead of an error page.
 * <p>
 * A screen whose table keeps no state of its own says its count, page and key as lambdas over its
 * service ({@link #sur}); one that does (a page read once for the count and the rows) extends it.
 */
public abstract class ModeleRecherche<T> extends ModeleParCle<T> {

    private static final long serialVersionUID = 1L;

    /** The service's count for the filters, as a screen says it ({@link #sur}). */
    @FunctionalInterface
    public interface Compte extends Serializable {
        long compter(Map<String, FilterMeta> filtres);
    }

    /** The service's page for the filters, sorted by {@code tri} (null: the default order), as a screen says it. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> lire(int premier, int nombre, SortMeta tri, Map<String, FilterMeta> filtres);
    }

    /** What identifies a row, as a screen says it. */
    @FunctionalInterface
    public interface Cle<T> extends Serializable {
        String de(T ligne);
    }

    /** The table of a search that needs nothing but its count, its page and its rows' key. */
    public static <T> ModeleRecherche<T> sur(Compte compte, Page<T> page, Cle<T> cle) {
        return new ParLambdas<>(compte, page, cle);
    }

    /** The service's count for these filters. */
    protected abstract long compter(Map<String, FilterMeta> filtres);

    /** The service's page for these filters, sorted by {@code tri} (null: the default order). */
    protected abstract List<T> lire(int premier, int nombre, SortMeta tri, Map<String, FilterMeta> filtres);

    @Override
    public int count(Map<String, FilterMeta> filtres) {
        try {
            return (int) compter(filtres);
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
            return 0;
        }
    }

    @Override
    public List<T> load(int premier, int nombre, Map<String, SortMeta> tris, Map<String, FilterMeta> filtres) {
        SortMeta tri = tris == null ? null : tris.values().stream().findFirst().orElse(null);
        try {
            return lire(premier, nombre, tri, filtres);
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
            return List.of();
        }
    }

    /** A column's filter as typed, null when nothing (or only blanks) is typed: no criterion then. */
    public static String valeur(Map<String, FilterMeta> filtres, String champ) {
        FilterMeta filtre = filtres == null ? null : filtres.get(champ);
        Object valeur = filtre == null ? null : filtre.getFilterValue();
        return valeur == null || valeur.toString().isBlank() ? null : valeur.toString();
    }

    /** The constant a select filter names; null for none, or for a name the type does not know (a forged request filters nothing). */
    public static <E extends Enum<E>> E enumeration(Class<E> type, String nom) {
        if (nom == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, nom);
        } catch (IllegalArgumentException inconnu) {
            return null;
        }
    }

    /** The sorted column's field, null when the table is not sorted (the service's default order). */
    public static String champ(SortMeta tri) {
        return tri == null ? null : tri.getField();
    }

    /** Whether the rows go up: as the column is sorted, {@code parDefaut} when it is not (no sort, or unsorted). */
    public static boolean croissant(SortMeta tri, boolean parDefaut) {
        SortOrder ordre = tri == null ? null : tri.getOrder();
        return ordre == null || ordre == SortOrder.UNSORTED ? parDefaut : ordre == SortOrder.ASCENDING;
    }

    private static final class ParLambdas<T> extends ModeleRecherche<T> {

        private static final long serialVersionUID = 1L;

        private final Compte compte;
        private final Page<T> page;
        private final Cle<T> cle;

        ParLambdas(Compte compte, Page<T> page, Cle<T> cle) {
            this.compte = compte;
            this.page = page;
            this.cle = cle;
        }

        @Override
        protected long compter(Map<String, FilterMeta> filtres) {
            return compte.compter(filtres);
        }

        @Override
        protected List<T> lire(int premier, int nombre, SortMeta tri, Map<String, FilterMeta> filtres) {
            return page.lire(premier, nombre, tri, filtres);
        }

        @Override
        protected String cle(T ligne) {
            return cle.de(ligne);
        }
    }
}

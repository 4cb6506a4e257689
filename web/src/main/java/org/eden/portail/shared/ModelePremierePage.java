package org.eden.portail.shared;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * A lazy table whose service reads a page and the total in one call. The table asks the count
 * first: the count reads the first page (in the default order) with the total and keeps it, and
 * the load that follows shows that page instead of reading it again. Opening or filtering the
 * table thus costs one call, not two; later pages refresh the total.
 *
 * @param <T> a row
 * @param <P> the service's page: rows and total
 */
public abstract class ModelePremierePage<T, P> extends ModeleParCle<T> {

    private static final long serialVersionUID = 1L;

    private final int taillePremiere;
    private Integer total;
    private P premiere;

    /** {@code taillePremiere}: the table's page size, that of the page read with the count. */
    protected ModelePremierePage(int taillePremiere) {
        this.taillePremiere = taillePremiere;
    }

    /** The service call for one page, in the order {@code tris} asks (empty: the default order). */
    protected abstract P page(int debut, int taille, Map<String, SortMeta> tris);

    /** The total a page tells; the place to keep anything else the screen shows of the last page read. */
    protected abstract int total(P page);

    protected abstract List<T> lignes(P page);

    /** Whether {@code tris} ask the default order, that of the page read with the count. */
    protected boolean ordreParDefaut(Map<String, SortMeta> tris) {
        return true;
    }

    @Override
    public int count(Map<String, FilterMeta> filtres) {
        if (total == null) {
            premiere = page(0, taillePremiere, Map.of());
            total = total(premiere);
        }
        return total;
    }

    @Override
    public List<T> load(int debut, int taille, Map<String, SortMeta> tris, Map<String, FilterMeta> filtres) {
        P page = premiere != null && debut == 0 && taille == taillePremiere && ordreParDefaut(tris) ? premiere : page(debut, taille, tris);
        premiere = null;
        total = total(page);
        setRowCount(total);
        return lignes(page);
    }

    /** The filters changed: the next count reads the first page again. */
    public void oublier() {
        total = null;
        premiere = null;
    }
}

package org.eden.portail.shared;

import org.primefaces.model.LazyDataModel;

/**
 * A lazy table whose rows are found again by a key of their own (selection, row expansion): the
 * key is said once, {@link #getRowKey} and {@link #getRowData} follow from it.
 */
public abstract class ModeleParCle<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** What identifies a row among the loaded page: an id, an identifiant, a rang. */
    protected abstract String cle(T ligne);

    @Override
    public String getRowKey(T ligne) {
        return cle(ligne);
    }

    @Override
    public T getRowData(String cle) {
        return getWrappedData().stream().filter(l -> cle(l).equals(cle)).findFirst().orElse(null);
    }
}

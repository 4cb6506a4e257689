package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of a table: a caisse, a département or the country, and its figures in the theme's order. */
public final class LigneTdb implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String libelle;
    private final List<CelluleTdb> cellules;

    public LigneTdb(String code, String libelle, List<CelluleTdb> cellules) {
        this.code = code;
        this.libelle = libelle;
        this.cellules = List.copyOf(cellules);
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    public List<CelluleTdb> getCellules() {
        return cellules;
    }

    /** For the screens' columns (EL reads maps by key). */
    public Map<String, CelluleTdb> parIndicateur() {
        Map<String, CelluleTdb> parCode = new LinkedHashMap<>();
        cellules.forEach(c -> parCode.put(c.getIndicateur(), c));
        return parCode;
    }
}

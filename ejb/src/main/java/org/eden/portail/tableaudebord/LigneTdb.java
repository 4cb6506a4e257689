package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One row of a table: a caisse, a département or the country, and its figures in the theme's order. */
public record LigneTdb(String code, String libelle, List<CelluleTdb> cellules) implements Serializable {

    public LigneTdb {
        cellules = List.copyOf(cellules);
    }

    /** Its code only, which equal rows share: cheap for JSON-B's cycle check (see {@link CelluleTdb#hashCode()}). */
    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    /** For the screens' columns (EL reads maps by key). */
    public Map<String, CelluleTdb> parIndicateur() {
        Map<String, CelluleTdb> parCode = new LinkedHashMap<>();
        cellules.forEach(c -> parCode.put(c.indicateur(), c));
        return parCode;
    }
}

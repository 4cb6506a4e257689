package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.Set;

/**
 * What a caller may see of one table (R-TDB-4): every row, some rows (their codes), or nothing
 * with the reason, which the screen and the API show in place of the empty table.
 */
public record Acces(boolean autorise, Set<String> codes, String motif) implements Serializable {

    public static Acces tout() {
        return new Acces(true, null, null);
    }

    public static Acces seulement(Set<String> codes) {
        return new Acces(true, Set.copyOf(codes), null);
    }

    public static Acces refuse(String motif) {
        return new Acces(false, Set.of(), motif);
    }

    public boolean voit(String code) {
        return autorise && (codes == null || codes.contains(code));
    }
}

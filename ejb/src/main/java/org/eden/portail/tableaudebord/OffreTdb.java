package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a caller's selector offers (R-TDB-1, R-TDB-4): his profiles, the dashboards he opens, for
 * each level the régimes whose table is open (no MSA switch where MSA is absent), and the vintages
 * and months loaded.
 */
public final class OffreTdb implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> profils;
    private final List<String> familles;
    private final Map<String, Map<String, List<String>>> regimesParFamilleEtNiveau;
    private final Map<String, List<String>> moisParMillesime;

    public OffreTdb(List<String> profils, List<String> familles, Map<String, Map<String, List<String>>> regimesParFamilleEtNiveau,
                    Map<String, List<String>> moisParMillesime) {
        this.profils = List.copyOf(profils);
        this.familles = List.copyOf(familles);
        this.regimesParFamilleEtNiveau = regimesParFamilleEtNiveau;
        this.moisParMillesime = moisParMillesime;
    }

    public List<String> getProfils() {
        return profils;
    }

    public List<String> getFamilles() {
        return familles;
    }

    /** famille → niveau → régimes open. */
    public Map<String, Map<String, List<String>>> getRegimesParFamilleEtNiveau() {
        return regimesParFamilleEtNiveau;
    }

    /** millésime → months loaded (YYYY-MM), latest first. */
    public Map<String, List<String>> getMoisParMillesime() {
        return moisParMillesime;
    }
}

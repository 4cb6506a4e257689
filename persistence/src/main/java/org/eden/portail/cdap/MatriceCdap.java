package org.eden.portail.cdap;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R-CDAP-2, R-CDAP-7: the profile × section matrix read at one moment. A cell that is missing
 * (a profile the matrix does not know) gives no access: the matrix opens, it never closes by
 * omission.
 */
public final class MatriceCdap implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, EnumMap<SectionDossier, Acces>> cellules = new HashMap<>();

    public MatriceCdap(Collection<CelluleMatrice> acces) {
        for (CelluleMatrice a : acces) {
            cellules.computeIfAbsent(a.profil(), p -> new EnumMap<>(SectionDossier.class)).put(a.section(), a.acces());
        }
    }

    public Acces acces(String profil, SectionDossier section) {
        EnumMap<SectionDossier, Acces> ligne = cellules.get(profil);
        return ligne == null ? Acces.AUCUN : ligne.getOrDefault(section, Acces.AUCUN);
    }

    public boolean permet(String profil, SectionDossier section) {
        return acces(profil, section).ouvre();
    }

    /** The sections the profile opens, in screen order. */
    public List<SectionDossier> sectionsOuvertes(String profil) {
        return java.util.Arrays.stream(SectionDossier.values()).filter(s -> permet(profil, s)).toList();
    }
}

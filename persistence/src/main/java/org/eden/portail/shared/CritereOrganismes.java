package org.eden.portail.shared;

import java.io.Serializable;
import java.util.List;

/**
 * The filters of the partners' list: {@code cafs} bounds it to the Cafs the caller may read (set by
 * the service); type and text (part of the name, SIRET or town, any case) are optional.
 */
public record CritereOrganismes(List<String> cafs, TypeOrganisme type, String texte) implements Serializable {

    public CritereOrganismes {
        cafs = cafs == null ? List.of() : List.copyOf(cafs);
        texte = texte == null || texte.isBlank() ? null : texte.trim();
    }

    public CritereOrganismes dansLesCafs(List<String> codes) {
        return new CritereOrganismes(codes, type, texte);
    }

    /** How the search is traced (R-TRACE-1): the Cafs it looked at. */
    @Override
    public String toString() {
        return String.join(",", cafs);
    }

    /** The columns the list can be sorted on. */
    public enum Tri {
        NOM, TYPE, SIRET, COMMUNE, CAF
    }
}

package org.eden.portail.convention;

import org.eden.portail.shared.TypeOrganisme;

import java.io.Serializable;
import java.util.List;

/**
 * R-CONV-9: what the back office's list of conventions is filtered on. {@code cafs} bounds the
 * search to the Cafs the caller may read (set by the service, never by the screen); the other
 * criteria are optional (null: any).
 *
 * @param texte part of the number, of the partner's name or of its SIRET, in any case
 */
public record CritereConventions(List<String> cafs,
                                 String codeCaf,
                                 StatutConvention statut,
                                 String service,
                                 TypeOrganisme typeOrganisme,
                                 String texte) implements Serializable {

    public CritereConventions {
        cafs = cafs == null ? List.of() : List.copyOf(cafs);
        texte = texte == null || texte.isBlank() ? null : texte.trim();
    }

    public CritereConventions dansLesCafs(List<String> codes) {
        return new CritereConventions(codes, codeCaf, statut, service, typeOrganisme, texte);
    }

    /** How the search is traced (R-TRACE-1): the Caf it looked at. */
    @Override
    public String toString() {
        return codeCaf != null ? codeCaf : String.join(",", cafs);
    }
}

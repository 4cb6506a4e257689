package org.eden.portail.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/** Small helpers of the Criteria searches behind the lazy lists. */
public final class Recherches {

    private Recherches() {
    }

    /** "contains", any case, the user's % and _ taken literally. */
    public static Predicate contient(CriteriaBuilder cb, Expression<String> champ, String texte) {
        String motif = "%" + texte.toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return cb.like(cb.lower(champ), motif, '\\');
    }
}

package org.eden.portail.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a search whose criteria are optional. A condition and the values of its
 * parameters are added in one call, so that a clause never goes without its value (or the reverse),
 * and the same clause serves the page and its count.
 */
public final class ConditionsJpql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parametres = new LinkedHashMap<>();

    /** A condition that always applies, with its one parameter. */
    public ConditionsJpql et(String condition, String nom, Object valeur) {
        return et(condition).parametre(nom, valeur);
    }

    /** A condition that applies only when the criterion is given: a null criterion does not filter. */
    public ConditionsJpql siDonne(String condition, String nom, Object valeur) {
        return valeur == null ? this : et(condition, nom, valeur);
    }

    /** A condition whose parameters, if any, are given by {@link #parametre}. */
    public ConditionsJpql et(String condition) {
        conditions.add(condition);
        return this;
    }

    public ConditionsJpql parametre(String nom, Object valeur) {
        parametres.put(nom, valeur);
        return this;
    }

    /** {@code debut}, the where clause (none without conditions) and {@code fin}, its parameters bound. */
    public <T> TypedQuery<T> requete(EntityManager em, String debut, String fin, Class<T> type) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> requete = em.createQuery(debut + where + fin, type);
        parametres.forEach(requete::setParameter);
        return requete;
    }
}

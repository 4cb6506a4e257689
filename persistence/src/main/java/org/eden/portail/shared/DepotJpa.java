package org.eden.portail.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Optional;

/**
 * What every JPA repository does the same way, written once: the "eden" persistence context,
 * saving an entity, finding one by id (none for a null id) and reading the first row of a query.
 */
public abstract class DepotJpa {

    @PersistenceContext(unitName = "eden")
    protected EntityManager em;

    /** Makes a new entity persistent and returns it (the repositories' "enregistrer"). */
    protected <T> T persister(T entite) {
        em.persist(entite);
        return entite;
    }

    /** Persists an entity not saved yet (no id), merges one that is, and returns the managed one. */
    protected <T> T persisterOuFusionner(T entite, Object id) {
        return id == null ? persister(entite) : em.merge(entite);
    }

    protected <T> Optional<T> parId(Class<T> type, Object id) {
        return Optional.ofNullable(id == null ? null : em.find(type, id));
    }

    /** The row read again under a write lock, held until the transaction ends. */
    protected <T> Optional<T> parIdVerrouille(Class<T> type, Object id) {
        return Optional.ofNullable(id == null ? null : em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    protected static <T> Optional<T> premier(TypedQuery<T> requete) {
        return requete.getResultStream().findFirst();
    }

    /** A page of a search: never before the first row, at least one row (as the lazy tables ask). */
    protected static <T> TypedQuery<T> page(TypedQuery<T> requete, int premier, int nombre) {
        return requete.setFirstResult(Math.max(0, premier)).setMaxResults(Math.max(1, nombre));
    }

    public void ecrire() {
        em.flush();
    }
}

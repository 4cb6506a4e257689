package org.eden.portail.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What every JPA repository does the same way, written once: the "eden" persistence context,
 * saving an entity, finding one by id (none for a null id), and running a JPQL query whose named
 * parameters are given in the same call, as name, value, name, value… (so that a query never goes
 * without one of its values).
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

    /** The query {@code jpql}, its named parameters bound from {@code nomsEtValeurs} (name, value, name, value…). */
    protected <T> TypedQuery<T> requete(Class<T> type, String jpql, Object... nomsEtValeurs) {
        return lier(em.createQuery(jpql, type), jpql, nomsEtValeurs);
    }

    /** A JPQL {@code delete} or {@code update}, its parameters bound as by {@link #requete}: how many rows it changed. */
    protected int executer(String jpql, Object... nomsEtValeurs) {
        return lier(em.createQuery(jpql), jpql, nomsEtValeurs).executeUpdate();
    }

    private static <Q extends Query> Q lier(Q requete, String jpql, Object... nomsEtValeurs) {
        if (nomsEtValeurs.length % 2 != 0) {
            throw new IllegalArgumentException("Un paramètre sans valeur : " + jpql);
        }
        for (int i = 0; i < nomsEtValeurs.length; i += 2) {
            requete.setParameter((String) nomsEtValeurs[i], nomsEtValeurs[i + 1]);
        }
        return requete;
    }

    /** All the rows of the query. */
    protected <T> List<T> lignes(Class<T> type, String jpql, Object... nomsEtValeurs) {
        return requete(type, jpql, nomsEtValeurs).getResultList();
    }

    /** The first row of the query, if any. */
    protected <T> Optional<T> premiere(Class<T> type, String jpql, Object... nomsEtValeurs) {
        return premier(requete(type, jpql, nomsEtValeurs));
    }

    /** The first row of the query, read again from the database under a write lock held until the transaction ends. */
    protected <T> Optional<T> premiereVerrouillee(Class<T> type, String jpql, Object... nomsEtValeurs) {
        return premier(requete(type, jpql, nomsEtValeurs).setLockMode(LockModeType.PESSIMISTIC_WRITE));
    }

    /** A {@code select count(…)} query. */
    protected long nombre(String jpql, Object... nomsEtValeurs) {
        return requete(Long.class, jpql, nomsEtValeurs).getSingleResult();
    }

    protected static <T> Optional<T> premier(TypedQuery<T> requete) {
        return requete.getResultStream().findFirst();
    }

    /**
     * The row of key {@code cle} under a write lock, created (and written) if there is none yet: the
     * counters that give numbers. The changes of this transaction are written first, because a
     * locked find reads the row again: a number taken earlier in this transaction and not yet
     * written would be overwritten by the database's older value and given twice.
     */
    protected <T> T verrouilleOuCree(Class<T> type, Object cle, Supplier<T> nouveau) {
        em.flush();
        T ligne = em.find(type, cle, LockModeType.PESSIMISTIC_WRITE);
        if (ligne == null) {
            ligne = nouveau.get();
            em.persist(ligne);
            em.flush();
        }
        return ligne;
    }

    /** A page of a search: never before the first row, at least one row (as the lazy tables ask). */
    protected static <T> TypedQuery<T> page(TypedQuery<T> requete, int premier, int nombre) {
        return requete.setFirstResult(Math.max(0, premier)).setMaxResults(Math.max(1, nombre));
    }

    /** The conditions of a Criteria search (the query is there for its subqueries), the same for its page and its count. */
    @FunctionalInterface
    protected interface ConditionsCriteria<T> {
        List<Predicate> de(CriteriaBuilder cb, AbstractQuery<?> requete, Root<T> racine);
    }

    /** A page of the rows that satisfy the conditions, in the order given (the sort key, then what breaks its ties). */
    protected <T> List<T> pageCriteria(Class<T> type, ConditionsCriteria<T> conditions,
                                       BiFunction<CriteriaBuilder, Root<T>, List<Order>> ordre, int premier, int nombre) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> racine = q.from(type);
        q.select(racine).where(conditions.de(cb, q, racine).toArray(Predicate[]::new)).orderBy(ordre.apply(cb, racine));
        return em.createQuery(q).setFirstResult(premier).setMaxResults(nombre).getResultList();
    }

    /** How many rows satisfy the conditions. */
    protected <T> long compterCriteria(Class<T> type, ConditionsCriteria<T> conditions) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<T> racine = q.from(type);
        q.select(cb.count(racine)).where(conditions.de(cb, q, racine).toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult();
    }

    public void ecrire() {
        em.flush();
    }
}

package org.eden.portail.trace;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import org.eden.portail.shared.DepotJpa;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTraceRepository extends DepotJpa implements TraceRepository {

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    private DataSource dataSource;

    private volatile Boolean postgresql;

    @Override
    public TeteChaine teteVerrouillee() {
        return em.find(TeteChaine.class, TeteChaine.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public TeteChaine tete() {
        TeteChaine tete = em.find(TeteChaine.class, TeteChaine.ID);
        em.refresh(tete);
        return tete;
    }

    @Override
    public void ajouter(Trace trace) {
        em.persist(trace);
    }

    @Override
    public List<Trace> aSceller(int nombre) {
        return em.createQuery("select t from Trace t where t.rang is null order by t.id", Trace.class)
                .setMaxResults(nombre)
                .getResultList();
    }

    @Override
    public AttenteScellement attente() {
        Object[] ligne = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(horodatage) FROM trace WHERE rang IS NULL")
                .getSingleResult();
        return new AttenteScellement(((Number) ligne[0]).longValue(), LigneTrace.instant(ligne[1]));
    }

    @Override
    public Optional<Trace> trace(long rang) {
        return premiere(Trace.class, "select t from Trace t where t.rang = :rang", "rang", rang);
    }

    @Override
    public List<Trace> page(long apresRang, long apresId, long jusquARang, int nombre) {
        // Starts again at the last rang read: a second row of that rang (a duplicate) is not skipped.
        return em.createQuery("select t from Trace t where t.rang >= :apres and t.rang <= :jusqua"
                        + " and (t.rang > :apres or t.id > :apresId) order by t.rang, t.id", Trace.class)
                .setParameter("apres", apresRang).setParameter("apresId", apresId).setParameter("jusqua", jusquARang)
                .setMaxResults(nombre)
                .getResultList();
    }

    @Override
    public Optional<Long> premierRangDepuis(Instant limite) {
        // Native, bound with the column's own type (OffsetDateTime): no reliance on how the Instant
        // converter treats a JPQL parameter.
        Object rang = em.createNativeQuery("SELECT MIN(rang) FROM trace WHERE horodatage >= ?")
                .setParameter(1, limite.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        return Optional.ofNullable((Number) rang).map(Number::longValue);
    }

    @Override
    public long purgerAvant(long rang, Instant limite) {
        long supprimees = 0;
        if (postgresql()) {
            // Transaction-local: ends with this transaction, whatever happens (see V4_1__TracesEnAjoutSeul).
            em.createNativeQuery("SELECT set_config('eden.purge', 'on', true)").getSingleResult();
            // Whole months first, on the connection of this transaction (the entity manager's): a
            // dropped partition is gone without a row deleted, nor left for VACUUM.
            try {
                supprimees = PartitionsTraces.supprimerAnciennes(em.unwrap(Connection.class), limite, rang);
            } catch (SQLException e) {
                throw new IllegalStateException("Suppression des partitions de traces antérieures au " + limite + " impossible", e);
            }
        }
        // What is left: the month that holds the limit, the default partition, and on H2 everything.
        return supprimees + executer("delete from Trace t where t.rang < :rang", "rang", rang);
    }

    @Override
    public List<String> assurerPartitions(YearMonth... mois) {
        if (!postgresql()) {
            return List.of();
        }
        try {
            return PartitionsTraces.assurer(em.unwrap(Connection.class), mois);
        } catch (SQLException e) {
            throw new IllegalStateException("Création des partitions de traces impossible", e);
        }
    }

    @Override
    public void enregistrer(PurgeTraces purge) {
        em.persist(purge);
    }

    @Override
    public Optional<PurgeTraces> derniereAncre() {
        // The anchor only moves forward: the highest one is the latest.
        return em.createQuery("select p from PurgeTraces p where p.ancreRang is not null order by p.ancreRang desc",
                        PurgeTraces.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<PurgeTraces> purges() {
        return lignes(PurgeTraces.class, "select p from PurgeTraces p order by p.executeeLe, p.id");
    }

    @Override
    public List<LigneTrace> lire(RequeteTraces requete, TriTraces tri, boolean croissant, int debut, int nombre) {
        Query sql = em.createNativeQuery(requete.sqlPage(tri, croissant));
        int i = lier(sql, requete);
        sql.setParameter(i++, debut).setParameter(i, nombre);
        return lignes(sql);
    }

    @Override
    public long compter(RequeteTraces requete) {
        Query sql = em.createNativeQuery(requete.sqlCompte());
        lier(sql, requete);
        return ((Number) sql.getSingleResult()).longValue();
    }

    @Override
    public List<LigneTrace> lot(RequeteTraces requete, Long avantRang, int nombre) {
        Query sql = em.createNativeQuery(requete.sqlLot(avantRang == null));
        int i = lier(sql, requete);
        if (avantRang != null) {
            sql.setParameter(i++, avantRang);
        }
        sql.setParameter(i, nombre);
        return lignes(sql);
    }

    /** Binds the filter's parameters; returns the position of the next placeholder. */
    private static int lier(Query sql, RequeteTraces requete) {
        int i = 1;
        for (Object valeur : requete.parametres()) {
            sql.setParameter(i++, valeur);
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    private static List<LigneTrace> lignes(Query sql) {
        return ((List<Object[]>) sql.getResultList()).stream().map(LigneTrace::de).toList();
    }

    private boolean postgresql() {
        if (postgresql == null) {
            try (Connection connexion = dataSource.getConnection()) {
                postgresql = "PostgreSQL".equalsIgnoreCase(connexion.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Base de données injoignable", e);
            }
        }
        return postgresql;
    }
}

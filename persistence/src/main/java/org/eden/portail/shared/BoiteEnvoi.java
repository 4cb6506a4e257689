package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table (courriel_sortant). Each node sends a row only after claiming it by one
 * conditional UPDATE — due and free, or held by a lease that has expired (its node died) — so that
 * two nodes never send the same row at once; the database arbitrates, on H2 as on PostgreSQL.
 */
@ApplicationScoped
public class BoiteEnvoi {

    @PersistenceContext(unitName = "eden")
    EntityManager em;

    /** In the caller's transaction (the action's): the mail is saved with it, or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CourrielSortant ajouter(CourrielSortant courriel) {
        em.persist(courriel); // the sequence gives its id now, for the send after the commit
        return courriel;
    }

    /**
     * Takes row {@code id} for one attempt, until {@code maintenant + bail}: true for the one node
     * that wins it. Counts the attempt now, so an attempt cut short by a crash counts too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean prendre(long id, Instant maintenant, Duration bail) {
        var instant = maintenant.atOffset(ZoneOffset.UTC);
        int pris = em.createNativeQuery("UPDATE courriel_sortant SET etat = 'EN_ENVOI', tentatives = tentatives + 1, "
                        + "bail_jusqu_a = ?, version = version + 1 WHERE id = ? AND ((etat = 'A_ENVOYER' AND prochain_essai <= ?) "
                        + "OR (etat = 'EN_ENVOI' AND bail_jusqu_a < ?))")
                .setParameter(1, maintenant.plus(bail).atOffset(ZoneOffset.UTC))
                .setParameter(2, id)
                .setParameter(3, instant)
                .setParameter(4, instant)
                .executeUpdate();
        return pris == 1;
    }

    /** The rows to attempt now: due, or held by an expired lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Long> dus(Instant maintenant, int nombre) {
        var instant = maintenant.atOffset(ZoneOffset.UTC);
        List<Number> ids = em.createNativeQuery("SELECT id FROM courriel_sortant WHERE (etat = 'A_ENVOYER' AND prochain_essai <= ?) "
                        + "OR (etat = 'EN_ENVOI' AND bail_jusqu_a < ?) ORDER BY id")
                .setParameter(1, instant)
                .setParameter(2, instant)
                .setMaxResults(nombre)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The row as it is in the database now (not a copy cached by an earlier transaction). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CourrielSortant> lire(long id) {
        CourrielSortant courriel = em.find(CourrielSortant.class, id);
        if (courriel != null) {
            em.refresh(courriel);
        }
        return Optional.ofNullable(courriel);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void envoye(long id, Instant le) {
        courriel(id).envoye(le);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void echoue(long id, String cause, Instant prochain) {
        courriel(id).echoue(cause, prochain);
    }

    /** In the caller's transaction (the traced service's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CourrielSortant renvoyer(long id, Instant le) {
        CourrielSortant courriel = courriel(id);
        courriel.renvoyer(le);
        return courriel;
    }

    /**
     * The mails given up whose recipient is an account of Caf {@code cafId} (a Caf agent, or a user
     * of one of its partners), the latest first. A mail to an address of no account shows on no
     * Caf's list; the server log holds it (SEVERE).
     */
    @SuppressWarnings("unchecked")
    public List<CourrielSortant> enEchec(long cafId) {
        List<Number> ids = em.createNativeQuery("SELECT c.id FROM courriel_sortant c WHERE c.etat = 'ECHEC' AND EXISTS ("
                        + "SELECT 1 FROM utilisateur u LEFT JOIN organisme_partenaire o ON o.id = u.organisme_id "
                        + "WHERE LOWER(u.email) = LOWER(c.destinataire) AND COALESCE(u.caf_id, o.caf_id) = ?) "
                        + "ORDER BY c.cree_le DESC, c.id DESC")
                .setParameter(1, cafId)
                .setMaxResults(200)
                .getResultList();
        return ids.stream().map(id -> courriel(id.longValue())).toList();
    }

    private CourrielSortant courriel(long id) {
        CourrielSortant courriel = em.find(CourrielSortant.class, id);
        if (courriel == null) {
            throw new IllegalArgumentException("Courriel n° " + id + " introuvable");
        }
        em.refresh(courriel);
        return courriel;
    }
}

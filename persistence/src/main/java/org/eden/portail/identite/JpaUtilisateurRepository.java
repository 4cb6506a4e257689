package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUtilisateurRepository implements UtilisateurRepository {

    @PersistenceContext(unitName = "eden")
    private EntityManager em;

    @Override
    public Optional<Utilisateur> parIdentifiant(String identifiant) {
        // Identifiers are stored upper-case; people type them in any case.
        return em.createQuery("select u from Utilisateur u where u.identifiant = :identifiant", Utilisateur.class)
                .setParameter("identifiant", identifiant == null ? "" : identifiant.trim().toUpperCase())
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean compterEchec(long id, Instant maintenant, RegleGel regle) {
        OffsetDateTime jusqua = maintenant.plus(regle.duree()).atOffset(ZoneOffset.UTC);
        int lignes = em.createNativeQuery("UPDATE utilisateur SET "
                        + "echecs_consecutifs = CASE WHEN echecs_consecutifs + 1 >= ? THEN 0 ELSE echecs_consecutifs + 1 END, "
                        + "gele_jusqu_a = CASE WHEN echecs_consecutifs + 1 >= ? THEN ? ELSE gele_jusqu_a END, "
                        + "version = version + 1 "
                        + "WHERE id = ? AND (gele_jusqu_a IS NULL OR gele_jusqu_a <= ?)")
                .setParameter(1, regle.seuil()).setParameter(2, regle.seuil()).setParameter(3, jusqua)
                .setParameter(4, id).setParameter(5, maintenant.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (lignes == 0) {
            return false; // frozen already: neither counted nor extended
        }
        // Did this statement freeze it? Then the freeze ends exactly at this failure's instant + duree.
        Object gel = em.createNativeQuery("SELECT gele_jusqu_a FROM utilisateur WHERE id = ? AND echecs_consecutifs = 0")
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
        return gel != null && instant(gel).equals(jusqua.toInstant());
    }

    @Override
    public void remettreAZeroEchecs(long id) {
        em.createNativeQuery("UPDATE utilisateur SET echecs_consecutifs = 0, gele_jusqu_a = NULL, version = version + 1 "
                        + "WHERE id = ? AND (echecs_consecutifs <> 0 OR gele_jusqu_a IS NOT NULL)")
                .setParameter(1, id).executeUpdate();
    }

    /** A TIMESTAMP WITH TIME ZONE as the drivers return it natively. */
    private static Instant instant(Object valeur) {
        if (valeur instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (valeur instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (valeur instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        return (Instant) valeur;
    }

    @Override
    public Optional<Utilisateur> parIdentifiantVerrouille(String identifiant) {
        return em.createQuery("select u from Utilisateur u where u.identifiant = :identifiant", Utilisateur.class)
                .setParameter("identifiant", identifiant == null ? "" : identifiant.trim().toUpperCase())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Utilisateur enregistrer(Utilisateur utilisateur) {
        if (utilisateur.getId() == null) {
            em.persist(utilisateur);
            return utilisateur;
        }
        return em.merge(utilisateur);
    }

    @Override
    public Optional<Utilisateur> parOrganismeEtEmail(Long organismeId, String email) {
        return em.createQuery("select u from Utilisateur u where u.organisme.id = :organisme and lower(u.email) = :email",
                        Utilisateur.class)
                .setParameter("organisme", organismeId)
                .setParameter("email", email == null ? "" : email.trim().toLowerCase())
                .getResultStream().findFirst();
    }

    @Override
    public CompteurIdentifiant compteurVerrouille(String prefixe, String codeCaf) {
        // A locked find reads the row again: an identifier taken earlier in this transaction and
        // not yet written would be overwritten by the database's older value and given twice.
        em.flush();
        CompteurIdentifiant compteur = em.find(CompteurIdentifiant.class, new CompteurIdentifiant.Cle(prefixe, codeCaf),
                LockModeType.PESSIMISTIC_WRITE);
        if (compteur == null) {
            compteur = new CompteurIdentifiant(prefixe, codeCaf);
            em.persist(compteur);
            em.flush();
        }
        return compteur;
    }

    @Override
    public long nombre() {
        return em.createQuery("select count(u) from Utilisateur u", Long.class).getSingleResult();
    }

    @Override
    public List<Utilisateur> deLOrganisme(Long organismeId) {
        return em.createQuery("select u from Utilisateur u where u.organisme.id = :organisme order by u.identifiant",
                        Utilisateur.class)
                .setParameter("organisme", organismeId)
                .getResultList();
    }
}

package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eden.portail.shared.DepotJpa;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUtilisateurRepository extends DepotJpa implements UtilisateurRepository {

    @Override
    public Optional<Utilisateur> parIdentifiant(String identifiant) {
        // Identifiers are stored upper-case; people type them in any case.
        return em.createQuery("select u from Utilisateur u where u.identifiant = :identifiant", Utilisateur.class)
                .setParameter("identifiant", identifiant == null ? "" : identifiant.trim().toUpperCase())
                .getResultStream()
                .findFirst();
    }

    @Override
    public void verrouiller(Utilisateur utilisateur) {
        em.refresh(utilisateur, LockModeType.PESSIMISTIC_WRITE);
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
        return persisterOuFusionner(utilisateur, utilisateur.getId());
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

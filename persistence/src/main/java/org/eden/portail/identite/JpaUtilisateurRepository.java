package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
    public Utilisateur enregistrer(Utilisateur utilisateur) {
        if (utilisateur.getId() == null) {
            em.persist(utilisateur);
            return utilisateur;
        }
        return em.merge(utilisateur);
    }

    @Override
    public long nombre() {
        return em.createQuery("select count(u) from Utilisateur u", Long.class).getSingleResult();
    }
}

package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRevueRepository implements RevueRepository {

    @PersistenceContext(unitName = "eden")
    private EntityManager em;

    @Override
    public CampagneRevue enregistrer(CampagneRevue campagne) {
        em.persist(campagne);
        return campagne;
    }

    @Override
    public Optional<CampagneRevue> campagne(Long cafId, int annee) {
        return em.createQuery("select c from CampagneRevue c where c.caf.id = :caf and c.annee = :annee", CampagneRevue.class)
                .setParameter("caf", cafId).setParameter("annee", annee)
                .getResultStream().findFirst();
    }

    @Override
    public RevuePartenaire enregistrer(RevuePartenaire revue) {
        em.persist(revue);
        return revue;
    }

    @Override
    public Optional<RevuePartenaire> revue(Long campagneId, Long organismeId) {
        return em.createQuery("select r from RevuePartenaire r where r.campagne.id = :c and r.organisme.id = :o", RevuePartenaire.class)
                .setParameter("c", campagneId).setParameter("o", organismeId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<RevuePartenaire> revueVerrouillee(Long campagneId, Long organismeId) {
        return em.createQuery("select r from RevuePartenaire r where r.campagne.id = :c and r.organisme.id = :o", RevuePartenaire.class)
                .setParameter("c", campagneId).setParameter("o", organismeId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<RevuePartenaire> revuesDe(Long campagneId) {
        return em.createQuery("select r from RevuePartenaire r where r.campagne.id = :c", RevuePartenaire.class)
                .setParameter("c", campagneId).getResultList();
    }

    @Override
    public void ecrire() {
        em.flush();
    }
}

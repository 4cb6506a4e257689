package org.eden.portail.convention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaConventionRepository implements ConventionRepository {

    @PersistenceContext(unitName = "eden")
    private EntityManager em;

    @Override
    public Convention enregistrer(Convention convention) {
        if (convention.getId() == null) {
            em.persist(convention);
            return convention;
        }
        return em.merge(convention);
    }

    @Override
    public Optional<Convention> convention(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Convention.class, id));
    }

    @Override
    public Optional<Convention> conventionVerrouillee(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Convention.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Convention> conventionEnVigueur(Long organismeId) {
        return em.createQuery("select c from Convention c where c.organismeActif = :organisme", Convention.class)
                .setParameter("organisme", organismeId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Long> organismeAdministrePar(String identifiant) {
        if (identifiant == null || identifiant.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c.organismeActif from Convention c where c.organismeActif is not null"
                        + " and (c.contrat.administrateur.identifiantCompte = :id or c.contrat.suppleant.identifiantCompte = :id)",
                        Long.class)
                .setParameter("id", identifiant.trim().toUpperCase())
                .getResultStream().findFirst();
    }

    @Override
    public List<Convention> conventionsDeLaCaf(String codeCaf) {
        return em.createQuery("select c from Convention c where c.caf.code = :code order by c.numero desc", Convention.class)
                .setParameter("code", codeCaf)
                .getResultList();
    }

    @Override
    public List<Convention> conventionsDeLOrganisme(Long organismeId) {
        return em.createQuery("select c from Convention c where c.organisme.id = :organisme order by c.numero desc",
                        Convention.class)
                .setParameter("organisme", organismeId)
                .getResultList();
    }

    @Override
    public CompteurConvention compteurVerrouille(String codeCaf, int annee) {
        // A locked find reads the row again: a number taken earlier in this transaction and not
        // yet written would be overwritten by the database's older value and given twice.
        em.flush();
        CompteurConvention compteur = em.find(CompteurConvention.class, new CompteurConvention.Cle(codeCaf, annee),
                LockModeType.PESSIMISTIC_WRITE);
        if (compteur == null) {
            compteur = new CompteurConvention(codeCaf, annee);
            em.persist(compteur);
            em.flush();
        }
        return compteur;
    }

    @Override
    public Optional<ServiceCatalogue> service(String code) {
        return Optional.ofNullable(code == null ? null : em.find(ServiceCatalogue.class, code));
    }

    @Override
    public List<ServiceCatalogue> catalogue() {
        return em.createQuery("select s from ServiceCatalogue s order by s.code", ServiceCatalogue.class).getResultList();
    }

    @Override
    public void ecrire() {
        em.flush();
    }
}

package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCafRepository implements CafRepository {

    @PersistenceContext(unitName = "eden")
    private EntityManager em;

    @Override
    public Optional<Caf> cafParCode(String code) {
        return em.createQuery("select c from Caf c where c.code = :code", Caf.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Caf enregistrer(Caf caf) {
        em.persist(caf);
        return caf;
    }

    @Override
    public OrganismePartenaire enregistrer(OrganismePartenaire organisme) {
        em.persist(organisme);
        return organisme;
    }

    @Override
    public Optional<OrganismePartenaire> organismeParSiret(String siret) {
        return em.createQuery("select o from OrganismePartenaire o where o.siret = :siret", OrganismePartenaire.class)
                .setParameter("siret", Siret.normaliser(siret))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<OrganismePartenaire> organisme(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(OrganismePartenaire.class, id));
    }

    @Override
    public List<OrganismePartenaire> organismesDe(Caf caf) {
        return em.createQuery("select o from OrganismePartenaire o where o.caf = :caf order by o.nom", OrganismePartenaire.class)
                .setParameter("caf", caf)
                .getResultList();
    }
}

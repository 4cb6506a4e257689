package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCafRepository extends DepotJpa implements CafRepository {

    @Override
    public Optional<Caf> cafParCode(String code) {
        return em.createQuery("select c from Caf c where c.code = :code", Caf.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Caf enregistrer(Caf caf) {
        return persister(caf);
    }

    @Override
    public OrganismePartenaire enregistrer(OrganismePartenaire organisme) {
        return persister(organisme);
    }

    @Override
    public Optional<OrganismePartenaire> organismeParSiret(String siret) {
        return em.createQuery("select o from OrganismePartenaire o where o.siret = :siret", OrganismePartenaire.class)
                .setParameter("siret", Siret.normaliser(siret))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<OrganismePartenaire> organisme(Long id) {
        return parId(OrganismePartenaire.class, id);
    }

    @Override
    public List<OrganismePartenaire> organismesDe(Caf caf) {
        return em.createQuery("select o from OrganismePartenaire o where o.caf = :caf order by o.nom", OrganismePartenaire.class)
                .setParameter("caf", caf)
                .getResultList();
    }

    @Override
    public List<Caf> cafs() {
        return em.createQuery("select c from Caf c order by c.code", Caf.class).getResultList();
    }

    @Override
    public List<OrganismePartenaire> rechercher(CritereOrganismes critere, int premier, int nombre,
                                                CritereOrganismes.Tri tri, boolean croissant) {
        if (critere.cafs().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<OrganismePartenaire> q = cb.createQuery(OrganismePartenaire.class);
        Root<OrganismePartenaire> o = q.from(OrganismePartenaire.class);
        q.select(o).where(conditions(cb, o, critere));
        Expression<?> cle = switch (tri == null ? CritereOrganismes.Tri.NOM : tri) {
            case NOM -> o.get("nom");
            case TYPE -> o.get("type");
            case SIRET -> o.get("siret");
            case COMMUNE -> o.get("adresse").get("commune");
            case CAF -> o.get("caf").get("code");
        };
        q.orderBy(croissant ? cb.asc(cle) : cb.desc(cle), cb.asc(o.get("nom")), cb.asc(o.get("id")));
        return em.createQuery(q).setFirstResult(premier).setMaxResults(nombre).getResultList();
    }

    @Override
    public long compter(CritereOrganismes critere) {
        if (critere.cafs().isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<OrganismePartenaire> o = q.from(OrganismePartenaire.class);
        q.select(cb.count(o)).where(conditions(cb, o, critere));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<OrganismePartenaire> o, CritereOrganismes critere) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(o.get("caf").get("code").in(critere.cafs()));
        if (critere.type() != null) {
            conditions.add(cb.equal(o.get("type"), critere.type()));
        }
        if (critere.texte() != null) {
            conditions.add(cb.or(Recherches.contient(cb, o.get("nom"), critere.texte()),
                    Recherches.contient(cb, o.get("siret"), Siret.normaliser(critere.texte())),
                    Recherches.contient(cb, o.get("adresse").get("commune"), critere.texte())));
        }
        return conditions.toArray(Predicate[]::new);
    }
}

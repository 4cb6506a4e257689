package org.eden.portail.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
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
        return premiere(Caf.class, "select c from Caf c where c.code = :code", "code", code);
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
        return premiere(OrganismePartenaire.class, "select o from OrganismePartenaire o where o.siret = :siret",
                "siret", Siret.normaliser(siret));
    }

    @Override
    public Optional<OrganismePartenaire> organisme(Long id) {
        return parId(OrganismePartenaire.class, id);
    }

    @Override
    public List<OrganismePartenaire> organismesDe(Caf caf) {
        return lignes(OrganismePartenaire.class, "select o from OrganismePartenaire o where o.caf = :caf order by o.nom",
                "caf", caf);
    }

    @Override
    public List<Caf> cafs() {
        return lignes(Caf.class, "select c from Caf c order by c.code");
    }

    @Override
    public List<OrganismePartenaire> rechercher(CritereOrganismes critere, int premier, int nombre,
                                                CritereOrganismes.Tri tri, boolean croissant) {
        if (critere.cafs().isEmpty()) {
            return List.of();
        }
        return pageCriteria(OrganismePartenaire.class, (cb, q, o) -> conditions(cb, o, critere), (cb, o) -> {
            Expression<?> cle = switch (tri == null ? CritereOrganismes.Tri.NOM : tri) {
                case NOM -> o.get("nom");
                case TYPE -> o.get("type");
                case SIRET -> o.get("siret");
                case COMMUNE -> o.get("adresse").get("commune");
                case CAF -> o.get("caf").get("code");
            };
            return List.of(croissant ? cb.asc(cle) : cb.desc(cle), cb.asc(o.get("nom")), cb.asc(o.get("id")));
        }, premier, nombre);
    }

    @Override
    public long compter(CritereOrganismes critere) {
        if (critere.cafs().isEmpty()) {
            return 0;
        }
        return compterCriteria(OrganismePartenaire.class, (cb, q, o) -> conditions(cb, o, critere));
    }

    private static List<Predicate> conditions(CriteriaBuilder cb, Root<OrganismePartenaire> o, CritereOrganismes critere) {
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
        return conditions;
    }
}

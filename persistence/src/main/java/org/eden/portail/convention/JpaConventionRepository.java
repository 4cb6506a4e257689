package org.eden.portail.convention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.eden.portail.shared.DepotJpa;
import org.eden.portail.shared.Recherches;
import org.eden.portail.shared.Siret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaConventionRepository extends DepotJpa implements ConventionRepository {

    @Override
    public Convention enregistrer(Convention convention) {
        return persisterOuFusionner(convention, convention.getId());
    }

    @Override
    public Optional<Convention> convention(Long id) {
        return parId(Convention.class, id);
    }

    @Override
    public Optional<Convention> conventionVerrouillee(Long id) {
        return parIdVerrouille(Convention.class, id);
    }

    /**
     * With its contrat in the same statement: the realm reads a partner's convention in force at every
     * request (who administers it, its mode), and the eager contrat was a second round trip each time.
     */
    @Override
    public Optional<Convention> conventionEnVigueur(Long organismeId) {
        return premiere(Convention.class, "select c from Convention c join fetch c.contrat where c.organismeActif = :organisme",
                "organisme", organismeId);
    }

    @Override
    public List<Convention> conventionsDeLaCaf(String codeCaf) {
        return lignes(Convention.class, "select c from Convention c where c.caf.code = :code order by c.numero desc",
                "code", codeCaf);
    }

    @Override
    public List<Convention> conventionsDeLOrganisme(Long organismeId) {
        return lignes(Convention.class, "select c from Convention c where c.organisme.id = :organisme order by c.numero desc",
                "organisme", organismeId);
    }

    @Override
    public List<Convention> rechercher(CritereConventions critere, int premier, int nombre, TriConventions tri,
                                       boolean croissant) {
        if (critere.cafs().isEmpty()) {
            return List.of();
        }
        return pageCriteria(Convention.class, (cb, q, c) -> conditions(cb, q, c, critere), (cb, c) -> {
            Expression<?> cle = switch (tri == null ? TriConventions.NUMERO : tri) {
                case NUMERO -> c.get("numero");
                case CAF -> c.get("caf").get("code");
                case ORGANISME -> c.get("organisme").get("nom");
                case TYPE_ORGANISME -> c.get("organisme").get("type");
                case STATUT -> c.get("statut");
                case MODE -> c.get("contrat").get("mode");
                case DATE_DEBUT -> c.get("dateDebut");
            };
            return List.of(croissant ? cb.asc(cle) : cb.desc(cle), cb.desc(c.get("numero")), cb.asc(c.get("id")));
        }, premier, nombre);
    }

    @Override
    public long compter(CritereConventions critere) {
        if (critere.cafs().isEmpty()) {
            return 0;
        }
        return compterCriteria(Convention.class, (cb, q, c) -> conditions(cb, q, c, critere));
    }

    private static List<Predicate> conditions(CriteriaBuilder cb, AbstractQuery<?> q, Root<Convention> c,
                                          CritereConventions critere) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(c.get("caf").get("code").in(critere.cafs()));
        if (critere.codeCaf() != null) {
            conditions.add(cb.equal(c.get("caf").get("code"), critere.codeCaf()));
        }
        if (critere.statut() != null) {
            conditions.add(cb.equal(c.get("statut"), critere.statut()));
        }
        if (critere.typeOrganisme() != null) {
            conditions.add(cb.equal(c.get("organisme").get("type"), critere.typeOrganisme()));
        }
        if (critere.service() != null) {
            Subquery<Long> bulletin = q.subquery(Long.class);
            Root<BulletinAdhesion> b = bulletin.from(BulletinAdhesion.class);
            bulletin.select(b.get("id")).where(cb.equal(b.get("convention"), c),
                    cb.equal(b.get("service").get("code"), critere.service()));
            conditions.add(cb.exists(bulletin));
        }
        if (critere.texte() != null) {
            conditions.add(cb.or(Recherches.contient(cb, c.get("numero"), critere.texte()),
                    Recherches.contient(cb, c.get("organisme").get("nom"), critere.texte()),
                    Recherches.contient(cb, c.get("organisme").get("siret"), Siret.normaliser(critere.texte()))));
        }
        return conditions;
    }

    @Override
    public List<Convention> aVerifier(String codeCaf) {
        return lignes(Convention.class, "select c from Convention c where c.caf.code = :code and c.statut = :statut",
                "code", codeCaf, "statut", StatutConvention.A_VERIFIER);
    }

    @Override
    public CompteurConvention compteurVerrouille(String codeCaf, int annee) {
        return verrouilleOuCree(CompteurConvention.class, new CompteurConvention.Cle(codeCaf, annee),
                () -> new CompteurConvention(codeCaf, annee));
    }

    @Override
    public Optional<ServiceCatalogue> service(String code) {
        return Optional.ofNullable(code == null ? null : em.find(ServiceCatalogue.class, code));
    }

    @Override
    public List<ServiceCatalogue> catalogue() {
        return lignes(ServiceCatalogue.class, "select s from ServiceCatalogue s order by s.code");
    }
}

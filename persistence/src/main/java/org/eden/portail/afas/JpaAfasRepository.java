package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAfasRepository implements AfasRepository {

    @PersistenceContext(unitName = "eden")
    private EntityManager em;

    @Override
    public Equipement enregistrer(Equipement equipement) {
        em.persist(equipement);
        return equipement;
    }

    @Override
    public Optional<Equipement> equipement(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Equipement.class, id));
    }

    @Override
    public Optional<Equipement> equipementVerrouille(Long id) {
        // A query (not find) so the row is read again from the database under the lock.
        return id == null ? Optional.empty() : em.createQuery("select e from Equipement e where e.id = :id", Equipement.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Equipement> equipementsDe(Long organismeId) {
        return em.createQuery("select e from Equipement e where e.organisme.id = :o order by e.nom, e.id", Equipement.class)
                .setParameter("o", organismeId).getResultList();
    }

    @Override
    public List<Equipement> equipementsDeLUtilisateur(Long utilisateurId) {
        return em.createQuery("select distinct e from AffectationEquipement a join a.equipement e where a.utilisateur.id = :u"
                        + " order by e.nom, e.id", Equipement.class)
                .setParameter("u", utilisateurId).getResultList();
    }

    @Override
    public AffectationEquipement enregistrer(AffectationEquipement affectation) {
        em.persist(affectation);
        return affectation;
    }

    @Override
    public void supprimer(AffectationEquipement affectation) {
        em.remove(affectation);
    }

    @Override
    public List<AffectationEquipement> affectations(Long equipementId) {
        return em.createQuery("select a from AffectationEquipement a join fetch a.utilisateur where a.equipement.id = :e"
                        + " order by a.role, a.affecteLe, a.id", AffectationEquipement.class)
                .setParameter("e", equipementId).getResultList();
    }

    @Override
    public long titulaires(Long equipementId, RoleAfas role) {
        return em.createQuery("select count(a) from AffectationEquipement a where a.equipement.id = :e and a.role = :r", Long.class)
                .setParameter("e", equipementId).setParameter("r", role).getSingleResult();
    }

    @Override
    public Declaration enregistrer(Declaration declaration) {
        em.persist(declaration);
        return declaration;
    }

    @Override
    public Optional<Declaration> declaration(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Declaration.class, id));
    }

    @Override
    public Optional<Declaration> declaration(Long equipementId, int exercice, NatureDeclaration nature) {
        return em.createQuery("select d from Declaration d where d.equipement.id = :e and d.exercice = :x and d.nature = :n",
                        Declaration.class)
                .setParameter("e", equipementId).setParameter("x", exercice).setParameter("n", nature)
                .getResultStream().findFirst();
    }

    @Override
    public List<Declaration> declarationsDe(Long equipementId) {
        return em.createQuery("select d from Declaration d where d.equipement.id = :e order by d.exercice desc, d.nature desc, d.id",
                        Declaration.class)
                .setParameter("e", equipementId).getResultList();
    }

    @Override
    public Optional<Declaration> dernierReelAvant(Long equipementId, int exercice) {
        return em.createQuery("select d from Declaration d where d.equipement.id = :e and d.nature = :n and d.exercice < :x"
                        + " order by d.exercice desc", Declaration.class)
                .setParameter("e", equipementId).setParameter("n", NatureDeclaration.REEL).setParameter("x", exercice)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ControleCoherence> controles() {
        return em.createQuery("select c from ControleCoherence c order by c.id", ControleCoherence.class).getResultList();
    }

    @Override
    public Optional<ControleCoherence> controle(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ControleCoherence.class, id));
    }

    @Override
    public List<ReglageControleCaf> reglages(String codeCaf) {
        return em.createQuery("select r from ReglageControleCaf r where r.codeCaf = :c order by r.controleId", ReglageControleCaf.class)
                .setParameter("c", codeCaf).getResultList();
    }

    @Override
    public Optional<ReglageControleCaf> reglage(String codeCaf, String controleId) {
        return em.createQuery("select r from ReglageControleCaf r where r.codeCaf = :c and r.controleId = :i", ReglageControleCaf.class)
                .setParameter("c", codeCaf).setParameter("i", controleId).getResultStream().findFirst();
    }

    @Override
    public ReglageControleCaf enregistrer(ReglageControleCaf reglage) {
        em.persist(reglage);
        return reglage;
    }

    @Override
    public void nouvelleVersion(PartieDeclaration partie) {
        em.lock(partie, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void exigerVersionInchangee(Declaration declaration) {
        em.lock(declaration, LockModeType.OPTIMISTIC);
    }

    @Override
    public void ecrire() {
        em.flush();
    }

    @Override
    public List<CampagneAfas> campagnes(String codeCaf) {
        return em.createQuery("select c from CampagneAfas c where c.codeCaf = :c order by c.exercice, c.nature", CampagneAfas.class)
                .setParameter("c", codeCaf).getResultList();
    }

    @Override
    public Optional<CampagneAfas> campagne(String codeCaf, int exercice, NatureDeclaration nature) {
        return em.createQuery("select c from CampagneAfas c where c.codeCaf = :c and c.exercice = :x and c.nature = :n", CampagneAfas.class)
                .setParameter("c", codeCaf).setParameter("x", exercice).setParameter("n", nature).getResultStream().findFirst();
    }

    @Override
    public CampagneAfas enregistrer(CampagneAfas campagne) {
        em.persist(campagne);
        return campagne;
    }

    @Override
    public List<Equipement> equipementsDeLaCaf(String codeCaf) {
        return em.createQuery("select e from Equipement e join fetch e.organisme o where o.caf.code = :c order by o.nom, e.nom, e.id",
                Equipement.class).setParameter("c", codeCaf).getResultList();
    }

    @Override
    public List<String> cafsAvecEquipements() {
        return em.createQuery("select distinct e.organisme.caf.code from Equipement e", String.class).getResultList();
    }

    @Override
    public List<Declaration> declarationsDeLaCaf(String codeCaf, FiltreDeclarations f) {
        StringBuilder jpql = new StringBuilder("select d from Declaration d join fetch d.equipement e join fetch e.organisme o"
                + " where o.caf.code = :c");
        if (f.exercice() != null) {
            jpql.append(" and d.exercice = :x");
        }
        if (f.nature() != null) {
            jpql.append(" and d.nature = :n");
        }
        if (f.statut() != null) {
            jpql.append(" and d.statut = :s");
        }
        if (f.organismeId() != null) {
            jpql.append(" and o.id = :o");
        }
        if (f.type() != null) {
            jpql.append(" and e.type = :t");
        }
        jpql.append(" order by d.exercice desc, o.nom, e.nom, d.nature, d.id");
        var q = em.createQuery(jpql.toString(), Declaration.class).setParameter("c", codeCaf);
        if (f.exercice() != null) {
            q.setParameter("x", f.exercice());
        }
        if (f.nature() != null) {
            q.setParameter("n", f.nature());
        }
        if (f.statut() != null) {
            q.setParameter("s", f.statut());
        }
        if (f.organismeId() != null) {
            q.setParameter("o", f.organismeId());
        }
        if (f.type() != null) {
            q.setParameter("t", f.type());
        }
        return q.getResultList();
    }

    @Override
    public boolean relanceEnvoyee(Long equipementId, int exercice, NatureDeclaration nature, RelanceAfas.Sorte sorte) {
        return em.createQuery("select count(r) from RelanceAfas r where r.equipement.id = :e and r.exercice = :x and r.nature = :n"
                        + " and r.sorte = :s", Long.class)
                .setParameter("e", equipementId).setParameter("x", exercice).setParameter("n", nature).setParameter("s", sorte)
                .getSingleResult() > 0;
    }

    @Override
    public RelanceAfas enregistrer(RelanceAfas relance) {
        em.persist(relance);
        return relance;
    }

    @Override
    public ChangementAfas enregistrer(ChangementAfas changement) {
        em.persist(changement);
        return changement;
    }

    @Override
    public List<ChangementAfas> changements(String codeCaf, FiltreChangements filtre, int premier, int nombre) {
        var q = em.createQuery("select c from ChangementAfas c" + conditions(filtre) + " order by c.le desc, c.id desc", ChangementAfas.class);
        parametres(q, codeCaf, filtre);
        return q.setFirstResult(Math.max(0, premier)).setMaxResults(Math.max(1, nombre)).getResultList();
    }

    @Override
    public long compterChangements(String codeCaf, FiltreChangements filtre) {
        var q = em.createQuery("select count(c) from ChangementAfas c" + conditions(filtre), Long.class);
        parametres(q, codeCaf, filtre);
        return q.getSingleResult();
    }

    private static String conditions(FiltreChangements f) {
        StringBuilder w = new StringBuilder(" where c.codeCaf = :c");
        if (f.du() != null) {
            w.append(" and c.le >= :du");
        }
        if (f.au() != null) {
            w.append(" and c.le < :au");
        }
        if (f.organismeId() != null) {
            w.append(" and c.organismeId = :o");
        }
        if (f.sorte() != null) {
            w.append(" and c.sorte = :s");
        }
        return w.toString();
    }

    private static void parametres(jakarta.persistence.Query q, String codeCaf, FiltreChangements f) {
        q.setParameter("c", codeCaf);
        if (f.du() != null) {
            q.setParameter("du", f.du());
        }
        if (f.au() != null) {
            q.setParameter("au", f.au());
        }
        if (f.organismeId() != null) {
            q.setParameter("o", f.organismeId());
        }
        if (f.sorte() != null) {
            q.setParameter("s", f.sorte());
        }
    }
}

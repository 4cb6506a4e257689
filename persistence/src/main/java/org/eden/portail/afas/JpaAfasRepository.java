package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eden.portail.shared.ConditionsJpql;
import org.eden.portail.shared.DepotJpa;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAfasRepository extends DepotJpa implements AfasRepository {

    @Override
    public Equipement enregistrer(Equipement equipement) {
        return persister(equipement);
    }

    @Override
    public Optional<Equipement> equipement(Long id) {
        return parId(Equipement.class, id);
    }

    @Override
    public Optional<Equipement> equipementVerrouille(Long id) {
        // A query (not find) so the row is read again from the database under the lock.
        return id == null ? Optional.empty()
                : premiereVerrouillee(Equipement.class, "select e from Equipement e where e.id = :id", "id", id);
    }

    @Override
    public List<Equipement> equipementsDe(Long organismeId) {
        return lignes(Equipement.class, "select e from Equipement e where e.organisme.id = :o order by e.nom, e.id",
                "o", organismeId);
    }

    @Override
    public List<Equipement> equipementsDeLUtilisateur(Long utilisateurId) {
        return lignes(Equipement.class,
                "select distinct e from AffectationEquipement a join a.equipement e where a.utilisateur.id = :u"
                        + " order by e.nom, e.id",
                "u", utilisateurId);
    }

    @Override
    public AffectationEquipement enregistrer(AffectationEquipement affectation) {
        return persister(affectation);
    }

    @Override
    public void supprimer(AffectationEquipement affectation) {
        em.remove(affectation);
    }

    @Override
    public List<AffectationEquipement> affectations(Long equipementId) {
        return lignes(AffectationEquipement.class,
                "select a from AffectationEquipement a join fetch a.utilisateur where a.equipement.id = :e"
                        + " order by a.role, a.affecteLe, a.id",
                "e", equipementId);
    }

    @Override
    public long titulaires(Long equipementId, RoleAfas role) {
        return nombre("select count(a) from AffectationEquipement a where a.equipement.id = :e and a.role = :r",
                "e", equipementId, "r", role);
    }

    @Override
    public Declaration enregistrer(Declaration declaration) {
        return persister(declaration);
    }

    @Override
    public Optional<Declaration> declaration(Long id) {
        return parId(Declaration.class, id);
    }

    @Override
    public Optional<Declaration> declaration(Long equipementId, int exercice, NatureDeclaration nature) {
        return premiere(Declaration.class,
                "select d from Declaration d where d.equipement.id = :e and d.exercice = :x and d.nature = :n",
                "e", equipementId, "x", exercice, "n", nature);
    }

    @Override
    public List<Declaration> declarationsDe(Long equipementId) {
        return lignes(Declaration.class,
                "select d from Declaration d where d.equipement.id = :e order by d.exercice desc, d.nature desc, d.id",
                "e", equipementId);
    }

    @Override
    public Optional<Declaration> dernierReelAvant(Long equipementId, int exercice) {
        return premier(requete(Declaration.class, "select d from Declaration d where d.equipement.id = :e and d.nature = :n"
                        + " and d.exercice < :x order by d.exercice desc",
                "e", equipementId, "n", NatureDeclaration.REEL, "x", exercice).setMaxResults(1));
    }

    @Override
    public List<ControleCoherence> controles() {
        return lignes(ControleCoherence.class, "select c from ControleCoherence c order by c.id");
    }

    @Override
    public Optional<ControleCoherence> controle(String id) {
        return parId(ControleCoherence.class, id);
    }

    @Override
    public List<ReglageControleCaf> reglages(String codeCaf) {
        return lignes(ReglageControleCaf.class, "select r from ReglageControleCaf r where r.codeCaf = :c order by r.controleId",
                "c", codeCaf);
    }

    @Override
    public Optional<ReglageControleCaf> reglage(String codeCaf, String controleId) {
        return premiere(ReglageControleCaf.class, "select r from ReglageControleCaf r where r.codeCaf = :c and r.controleId = :i",
                "c", codeCaf, "i", controleId);
    }

    @Override
    public ReglageControleCaf enregistrer(ReglageControleCaf reglage) {
        return persister(reglage);
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
    public List<CampagneAfas> campagnes(String codeCaf) {
        return lignes(CampagneAfas.class, "select c from CampagneAfas c where c.codeCaf = :c order by c.exercice, c.nature",
                "c", codeCaf);
    }

    @Override
    public Optional<CampagneAfas> campagne(String codeCaf, int exercice, NatureDeclaration nature) {
        return premiere(CampagneAfas.class,
                "select c from CampagneAfas c where c.codeCaf = :c and c.exercice = :x and c.nature = :n",
                "c", codeCaf, "x", exercice, "n", nature);
    }

    @Override
    public CampagneAfas enregistrer(CampagneAfas campagne) {
        return persister(campagne);
    }

    @Override
    public List<Equipement> equipementsDeLaCaf(String codeCaf) {
        return lignes(Equipement.class,
                "select e from Equipement e join fetch e.organisme o where o.caf.code = :c order by o.nom, e.nom, e.id",
                "c", codeCaf);
    }

    @Override
    public List<String> cafsAvecEquipements() {
        return lignes(String.class, "select distinct e.organisme.caf.code from Equipement e");
    }

    @Override
    public List<Declaration> declarationsDeLaCaf(String codeCaf, FiltreDeclarations f) {
        return new ConditionsJpql().et("o.caf.code = :c", "c", codeCaf)
                .siDonne("d.exercice = :x", "x", f.exercice())
                .siDonne("d.nature = :n", "n", f.nature())
                .siDonne("d.statut = :s", "s", f.statut())
                .siDonne("o.id = :o", "o", f.organismeId())
                .siDonne("e.type = :t", "t", f.type())
                .requete(em, "select d from Declaration d join fetch d.equipement e join fetch e.organisme o",
                        " order by d.exercice desc, o.nom, e.nom, d.nature, d.id", Declaration.class)
                .getResultList();
    }

    @Override
    public boolean relanceEnvoyee(Long equipementId, int exercice, NatureDeclaration nature, RelanceAfas.Sorte sorte) {
        return nombre("select count(r) from RelanceAfas r where r.equipement.id = :e and r.exercice = :x and r.nature = :n"
                + " and r.sorte = :s", "e", equipementId, "x", exercice, "n", nature, "s", sorte) > 0;
    }

    @Override
    public RelanceAfas enregistrer(RelanceAfas relance) {
        return persister(relance);
    }

    @Override
    public ChangementAfas enregistrer(ChangementAfas changement) {
        return persister(changement);
    }

    @Override
    public List<ChangementAfas> changements(String codeCaf, FiltreChangements filtre, int premier, int nombre) {
        return page(conditions(codeCaf, filtre).requete(em, "select c from ChangementAfas c", " order by c.le desc, c.id desc",
                ChangementAfas.class), premier, nombre).getResultList();
    }

    @Override
    public long compterChangements(String codeCaf, FiltreChangements filtre) {
        return conditions(codeCaf, filtre).requete(em, "select count(c) from ChangementAfas c", "", Long.class).getSingleResult();
    }

    private static ConditionsJpql conditions(String codeCaf, FiltreChangements f) {
        return new ConditionsJpql().et("c.codeCaf = :c", "c", codeCaf)
                .siDonne("c.le >= :du", "du", f.du())
                .siDonne("c.le < :au", "au", f.au())
                .siDonne("c.organismeId = :o", "o", f.organismeId())
                .siDonne("c.sorte = :s", "s", f.sorte());
    }
}

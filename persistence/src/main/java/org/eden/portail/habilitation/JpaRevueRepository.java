package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.DepotJpa;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRevueRepository extends DepotJpa implements RevueRepository {

    /** A partner's review in a campaign, read with or without a lock. */
    private static final String REVUE = "select r from RevuePartenaire r where r.campagne.id = :c and r.organisme.id = :o";

    @Override
    public CampagneRevue enregistrer(CampagneRevue campagne) {
        return persister(campagne);
    }

    @Override
    public Optional<CampagneRevue> campagne(Long cafId, int annee) {
        return premiere(CampagneRevue.class, "select c from CampagneRevue c where c.caf.id = :caf and c.annee = :annee",
                "caf", cafId, "annee", annee);
    }

    @Override
    public RevuePartenaire enregistrer(RevuePartenaire revue) {
        return persister(revue);
    }

    @Override
    public Optional<RevuePartenaire> revue(Long campagneId, Long organismeId) {
        return premiere(RevuePartenaire.class, REVUE, "c", campagneId, "o", organismeId);
    }

    @Override
    public Optional<RevuePartenaire> revueVerrouillee(Long campagneId, Long organismeId) {
        return premiereVerrouillee(RevuePartenaire.class, REVUE, "c", campagneId, "o", organismeId);
    }

    @Override
    public List<RevuePartenaire> revuesDe(Long campagneId) {
        return lignes(RevuePartenaire.class, "select r from RevuePartenaire r where r.campagne.id = :c", "c", campagneId);
    }

    @Override
    public ImportUtilisateurs enregistrer(ImportUtilisateurs lot) {
        return persister(lot);
    }

    @Override
    public LigneImport enregistrer(LigneImport ligne) {
        return persister(ligne);
    }

    @Override
    public Optional<ImportUtilisateurs> importUtilisateurs(Long id) {
        return parId(ImportUtilisateurs.class, id);
    }

    @Override
    public Optional<ImportUtilisateurs> importVerrouille(Long id) {
        return parIdVerrouille(ImportUtilisateurs.class, id);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> importsSansExecutant(Instant maintenant) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM import_utilisateurs WHERE statut = 'EN_COURS' "
                        + "AND (bail_jusqu_a IS NULL OR bail_jusqu_a < ?) ORDER BY id")
                .setParameter(1, maintenant.atOffset(ZoneOffset.UTC))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public boolean prendreLaMain(Long importId, Instant maintenant) {
        int pris = em.createNativeQuery("UPDATE import_utilisateurs SET bail_jusqu_a = ? "
                        + "WHERE id = ? AND statut = 'EN_COURS' AND (bail_jusqu_a IS NULL OR bail_jusqu_a < ?)")
                .setParameter(1, maintenant.plus(ImportUtilisateurs.BAIL).atOffset(ZoneOffset.UTC))
                .setParameter(2, importId)
                .setParameter(3, maintenant.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return pris == 1;
    }

    @Override
    public List<LigneImport> lignesImport(Long importId) {
        return lignes(LigneImport.class, "select l from LigneImport l where l.importId = :i order by l.numero", "i", importId);
    }

    @Override
    public Optional<LigneImport> ligneImport(Long importId, int numero) {
        return premiere(LigneImport.class, "select l from LigneImport l where l.importId = :i and l.numero = :n",
                "i", importId, "n", numero);
    }
}

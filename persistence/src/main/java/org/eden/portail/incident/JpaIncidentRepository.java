package org.eden.portail.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.eden.portail.shared.ConditionsJpql;
import org.eden.portail.shared.DepotJpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIncidentRepository extends DepotJpa implements IncidentRepository {

    @Override
    public Incident enregistrer(Incident incident) {
        return persister(incident);
    }

    @Override
    public Optional<Incident> incident(Long id) {
        return parId(Incident.class, id);
    }

    @Override
    public List<Incident> incidents(String codeCaf, Long organismeId, StatutIncident statut, Instant seuilEscalade,
                                    int debut, int nombre) {
        return requete(Incident.class, "select i", codeCaf, organismeId, statut, seuilEscalade,
                " order by i.declareLe desc, i.id desc")
                .setFirstResult(debut).setMaxResults(nombre).getResultList();
    }

    @Override
    public long compter(String codeCaf, Long organismeId, StatutIncident statut, Instant seuilEscalade) {
        return requete(Long.class, "select count(i)", codeCaf, organismeId, statut, seuilEscalade, "").getSingleResult();
    }

    private <T> TypedQuery<T> requete(Class<T> type, String select, String codeCaf, Long organismeId,
                                      StatutIncident statut, Instant seuil, String ordre) {
        ConditionsJpql conditions = new ConditionsJpql()
                .siDonne("i.caf.code = :caf", "caf", codeCaf)
                .siDonne("i.organisme.id = :organisme", "organisme", organismeId)
                .siDonne("i.statut = :statut", "statut", statut);
        if (seuil != null) {
            conditions.et("i.premiereReponseLe is null and i.statut <> :resolu and i.declareLe <= :seuil", "seuil", seuil)
                    .parametre("resolu", StatutIncident.RESOLU);
        }
        return conditions.requete(em, select + " from Incident i", ordre, type);
    }

    @Override
    public List<String> agents(String codeCaf, org.eden.portail.identite.RoleCaf role) {
        return lignes(String.class,
                "select u.identifiant from Utilisateur u join u.rolesCaf r where u.caf.code = :caf and r = :role"
                        + " order by u.identifiant",
                "caf", codeCaf, "role", role);
    }

    @Override
    public AvisMaintenance enregistrer(AvisMaintenance avis) {
        return persister(avis);
    }

    @Override
    public List<AvisMaintenance> avisEnVigueur(String codeCaf, Instant maintenant) {
        return new ConditionsJpql().et("a.debut <= :maintenant and a.fin > :maintenant", "maintenant", maintenant)
                .siDonne("a.caf.code = :caf", "caf", codeCaf)
                .requete(em, "select a from AvisMaintenance a join fetch a.caf", " order by a.debut, a.id", AvisMaintenance.class)
                .getResultList();
    }

    @Override
    public List<AvisMaintenance> avisAVenir(String codeCaf, Instant maintenant) {
        return lignes(AvisMaintenance.class,
                "select a from AvisMaintenance a where a.caf.code = :caf and a.fin > :maintenant order by a.debut, a.id",
                "caf", codeCaf, "maintenant", maintenant);
    }
}

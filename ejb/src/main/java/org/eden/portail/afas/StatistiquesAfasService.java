package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.trace.ActionTracee;

import java.util.Comparator;
import java.util.List;

/**
 * R-AFAS-8: the statistics of the caller's équipements over the years, for the AFAS-Déclarer users
 * (any AFAS role on the équipement: providers and approver). Only the équipements he is assigned to
 * are read ({@code afas_affectation}, checked again by {@link AccesAfas} against each one): another
 * partner's équipement is never among them. Traced.
 */
@Stateless
public class StatistiquesAfasService {

    @Inject
    AfasRepository depot;

    @Inject
    AccesAfas acces;

    /** R-AFAS-8: per équipement of the caller, oldest exercice first (see {@link StatistiquesAfas} for what counts). */
    @ActionTracee(value = "AFAS_CONSULTATION_STATISTIQUES", cible = "UTILISATEUR")
    public List<StatistiquesEquipement> mesStatistiques() {
        Utilisateur moi = acces.appelant();
        if (moi.getOrganisme() == null) {
            throw new AuthorizationException("R-AFAS-8 : les statistiques AFAS sont celles des équipements d'un partenaire, pour ses"
                    + " utilisateurs AFAS (" + PermissionsAfas.DECLARER.nom() + ").");
        }
        return depot.equipementsDeLUtilisateur(moi.getId()).stream()
                .filter(e -> !acces.roles(e).isEmpty())
                .sorted(Comparator.comparing(Equipement::getNom))
                .map(e -> new StatistiquesEquipement(e.getId(), e.getNom(), e.getType(), StatistiquesAfas.calculer(e.getType(),
                        depot.declarationsDe(e.getId()).stream()
                                .map(d -> new StatistiquesAfas.Releve(d.getExercice(), d.getNature(), d.getStatut(), d.valeurs())).toList())))
                .toList();
    }
}

package org.eden.portail.habilitation;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.cdap.ProfilsCdap;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.UtilisateurRepository;

import java.util.List;

/**
 * R-CDAP-1 answered by the habilitations: the CDAP profiles the account may use now, in catalogue
 * order — usable habilitations only ({@link DroitsPartenaires}), never any for the administrateur
 * partenaire or his suppléant (R-HAB-12).
 */
@Stateless
@Local(ProfilsCdap.class)
public class ProfilsCdapHabilitations implements ProfilsCdap {

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ConventionRepository conventions;

    @Inject
    GestionHabilitations gestion;

    @Override
    public List<String> profilsDe(String identifiant) {
        return utilisateurs.parIdentifiant(identifiant)
                .filter(u -> u.getOrganisme() != null)
                .map(u -> {
                    var convention = gestion.conventionEnVigueur(u.getOrganisme().getId()).orElse(null);
                    if (GestionHabilitations.estAdministrateurOuSuppleant(convention, u.getIdentifiant())) {
                        return List.<String>of();
                    }
                    List<String> tenus = gestion.habilitationsUtilisables(u, convention).stream()
                            .filter(h -> ServiceCatalogue.CDAP.equals(h.getService()))
                            .map(Habilitation::getProfil)
                            .toList();
                    return conventions.service(ServiceCatalogue.CDAP).orElseThrow().getProfils().stream()
                            .map(p -> p.getCode())
                            .filter(tenus::contains)
                            .toList();
                })
                .orElse(List.of());
    }
}

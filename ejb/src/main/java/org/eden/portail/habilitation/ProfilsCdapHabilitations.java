package org.eden.portail.habilitation;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.cdap.ProfilsCdap;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.SourceDroitsPartenaire;

import java.util.List;

/**
 * R-CDAP-1 answered by the habilitations: the CDAP profiles the account may use now, in catalogue
 * order — read from {@link DroitsPartenaires}, the same rights the permissions come from: usable
 * habilitations only, never any for the administrateur partenaire or his suppléant (R-HAB-12).
 */
@Stateless
@Local(ProfilsCdap.class)
public class ProfilsCdapHabilitations implements ProfilsCdap {

    @Inject
    SourceDroitsPartenaire droits;

    @Inject
    ConventionRepository conventions;

    @Override
    public List<String> profilsDe(String identifiant) {
        List<String> tenus = droits.de(identifiant)
                .map(d -> d.profilsDuService(ServiceCatalogue.CDAP))
                .orElse(List.of());
        if (tenus.isEmpty()) {
            return List.of();
        }
        return conventions.service(ServiceCatalogue.CDAP).orElseThrow().getProfils().stream()
                .map(p -> p.getCode())
                .filter(tenus::contains)
                .toList();
    }
}

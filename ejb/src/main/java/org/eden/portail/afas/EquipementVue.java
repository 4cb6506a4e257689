package org.eden.portail.afas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** R-AFAS-1: an équipement with its providers and approver. */
public record EquipementVue(Long id, String nom, TypeEquipement type, String typeLibelle, String adresse, String numeroDossier,
                            int placesAgreees, BigDecimal heuresOuvertureJour, Long organismeId, String organisme,
                            List<AffectationVue> affectations) implements Serializable {

    static EquipementVue de(Equipement e, List<AffectationEquipement> affectations) {
        String adresse = e.getAdresse() == null ? "" : String.join(", ", java.util.stream.Stream.of(e.getAdresse().getLigne(),
                e.getAdresse().getCodePostal(), e.getAdresse().getCommune()).filter(s -> s != null && !s.isBlank()).toList());
        return new EquipementVue(e.getId(), e.getNom(), e.getType(), e.getType().getLibelle(), adresse, e.getNumeroDossier(),
                e.getPlacesAgreees(), e.getHeuresOuvertureJour(), e.getOrganisme().getId(), e.getOrganisme().getNom(),
                affectations.stream().map(AffectationVue::de).toList());
    }

    public List<AffectationVue> titulaires(RoleAfas role) {
        return affectations.stream().filter(a -> a.role() == role).toList();
    }
}

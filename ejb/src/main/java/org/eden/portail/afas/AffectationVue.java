package org.eden.portail.afas;

import java.io.Serializable;

/** One person's role on an équipement, as the screens and the API show it. */
public record AffectationVue(String identifiant, String nomComplet, RoleAfas role, String roleLibelle) implements Serializable {

    static AffectationVue de(AffectationEquipement a) {
        return new AffectationVue(a.getUtilisateur().getIdentifiant(), a.getUtilisateur().getNomComplet(), a.getRole(),
                a.getRole().getLibelle());
    }
}

package org.eden.portail.afas;

import java.io.Serializable;
import java.time.Instant;

/** R-HAB-13: one line of the Caf's feed of changes: when, who is concerned, what, on which équipement, by whom. */
public record ChangementVue(Long id, Instant quand, String organisme, ChangementAfas.Sorte sorte, String sorteLibelle, String identifiant,
                            String nomComplet, String role, String roleLibelle, String equipement, String par, String motif) implements Serializable {

    static ChangementVue de(ChangementAfas c) {
        String libelle;
        try {
            libelle = RoleAfas.valueOf(c.getRole()).getLibelle();
        } catch (IllegalArgumentException inconnu) {
            libelle = c.getRole();
        }
        return new ChangementVue(c.getId(), c.getLe(), c.getOrganismeNom(), c.getSorte(), c.getSorte().getLibelle(), c.getIdentifiant(),
                c.getNomComplet(), c.getRole(), libelle, c.getEquipementNom(), c.getPar(), c.getMotif());
    }
}

package org.eden.portail.habilitation;

import java.io.Serializable;

/**
 * R-CONV-10, the contract's annex 3 form "modification d'un administrateur": who replaces the
 * administrateur partenaire (or the suppléant) and why. Either {@code identifiantExistant} names an
 * account of the organisation, which is given the role without new credentials (R-HAB-9), or the
 * person is described (name, first name, professional e-mail) and an account is created for him —
 * unless the organisation already has one at that address, which is then the one given the role.
 */
public record DemandeRemplacement(boolean suppleant, String identifiantExistant, String nom, String prenom,
                                  String fonction, String telephone, String email, String motif) implements Serializable {

    boolean compteExistantDesigne() {
        return identifiantExistant != null && !identifiantExistant.isBlank();
    }
}

package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.habilitation.TitulaireModifie;

/**
 * R-HAB-13: every change of who holds an AFAS role reaches the Caf without a form. The habilitation
 * context fires {@link TitulaireModifie} in the transaction of the change (a group's role given or
 * taken, a user attached or detached, a convention closed); the AFAS ones are written to the feed
 * here, in that same transaction (a change rolled back leaves no line). The équipements' providers
 * and approver are written by {@link EquipementService} itself.
 */
@ApplicationScoped
public class SignalementChangementsAfas {

    @Inject
    AfasRepository depot;

    void titulaire(@Observes TitulaireModifie changement) {
        if (!ServiceCatalogue.AFAS.equals(changement.service()) || changement.codeCaf() == null) {
            return;
        }
        depot.enregistrer(ChangementAfas.role(changement.codeCaf(), changement.organismeId(), changement.organismeNom(), changement.le(),
                changement.accorde(), changement.identifiant(), changement.nomComplet(), changement.profil(), changement.par(),
                changement.motif()));
    }
}

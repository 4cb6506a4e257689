package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eden.portail.convention.ConventionCloturee;

import java.time.Clock;

/**
 * R-CONV-8: closing a convention devalidates every habilitation granted under it, in the closing
 * transaction (kept six years after, R-TRACE-3). Suspension needs no write here: a habilitation is
 * usable only under an active convention ({@link DroitsPartenaires}), so it stops and comes back
 * with its convention, its data untouched.
 */
@ApplicationScoped
public class DevalidationALaCloture {

    @Inject
    HabilitationRepository depot;

    @Inject
    Clock horloge;

    @Inject
    jakarta.enterprise.event.Event<TitulaireModifie> titulaires;

    void devalider(@Observes ConventionCloturee cloture) {
        String motif = "Clôture de la convention n° " + cloture.numero();
        depot.habilitationsEnVigueurDeLaConvention(cloture.conventionId()).forEach(h -> {
            h.devalider(motif, horloge.instant());
            titulaires.fire(TitulaireModifie.de(h, false, motif, GestionHabilitations.auteur(), horloge.instant()));
        });
        depot.ecrire();
    }
}

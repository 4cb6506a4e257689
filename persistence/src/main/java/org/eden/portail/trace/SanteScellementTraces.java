package org.eden.portail.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Ready only while traces get sealed (R-TRACE-1): not ready when the oldest trace waiting for the
 * sealer is older than {@code eden.traces.scellement.seuil} seconds (60 by default), or when this
 * server's sealer has not passed for that long. Actions still work then; but what they trace is
 * not in the chain yet, and the operator must know.
 */
@Readiness
@ApplicationScoped
public class SanteScellementTraces implements HealthCheck {

    static final String SEUIL = "eden.traces.scellement.seuil";

    @Inject
    EtatScellement etat;

    @Override
    public HealthCheckResponse call() {
        Duration seuil = Duration.ofSeconds(Long.getLong(SEUIL, 60));
        EtatScellement.Observation derniere = etat.derniere();
        Duration silence = etat.depuisDernierPassage();
        HealthCheckResponseBuilder reponse = HealthCheckResponse.named("scellement-des-traces")
                .withData("seuilSecondes", seuil.toSeconds())
                .withData("dernierPassageIlYaMs", silence.toMillis());
        boolean enRetard = silence.compareTo(seuil) > 0;
        if (derniere != null) {
            reponse.withData("enAttente", derniere.enAttente()).withData("ageAttenteMs", derniere.age().toMillis());
            enRetard |= derniere.age().compareTo(seuil) > 0;
        }
        return reponse.status(!enRetard).build();
    }
}

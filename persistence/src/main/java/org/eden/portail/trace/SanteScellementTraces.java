package org.eden.portail.trace;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Not ready while a trace waits too long to be sealed (R-TRACE-1): the sealer is then stuck (the
 * chain head locked by a transaction that does not end, a database refusing the updates) while the
 * actions keep writing traces that nothing chains. The wait is measured from the oldest waiting
 * trace to the newest trace written, both stamped by the portal's clock (which tests may start
 * elsewhere than the machine's): a quiet portal has nothing to chain, a busy one with a stuck sealer
 * sees the wait grow. The limit, 5 minutes by default, is the system property {@value #REGLAGE}
 * (seconds). In the EAR's library, like the other health checks (WildFly collects them from the
 * top-level deployment).
 */
@Readiness
@ApplicationScoped
public class SanteScellementTraces implements HealthCheck {

    static final String REGLAGE = "eden.traces.attente-max-secondes";

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connexion = dataSource.getConnection(); Statement sql = connexion.createStatement();
             ResultSet rs = sql.executeQuery("SELECT (SELECT COUNT(*) FROM trace WHERE rang IS NULL),"
                     + " (SELECT MIN(horodatage) FROM trace WHERE rang IS NULL), (SELECT MAX(horodatage) FROM trace)")) {
            rs.next();
            Instant plusAncienne = instant(rs.getObject(2, OffsetDateTime.class));
            Instant derniere = instant(rs.getObject(3, OffsetDateTime.class));
            return verdict(new AttenteScellement(rs.getLong(1), plusAncienne),
                    derniere == null ? Instant.EPOCH : derniere, attenteMax());
        } catch (SQLException e) {
            return HealthCheckResponse.named("scellement-traces").down().withData("erreur", e.getMessage()).build();
        }
    }

    static HealthCheckResponse verdict(AttenteScellement attente, Instant derniere, Duration max) {
        Duration age = attente.age(derniere);
        return HealthCheckResponse.named("scellement-traces")
                .status(pret(attente, derniere, max))
                .withData("en-attente", attente.nombre())
                .withData("attente-max-secondes", age.toSeconds())
                .withData("limite-secondes", max.toSeconds())
                .build();
    }

    /** Ready unless the oldest waiting trace is more than {@code max} behind the newest trace written. */
    static boolean pret(AttenteScellement attente, Instant derniere, Duration max) {
        return attente.age(derniere).compareTo(max) <= 0;
    }

    private static Instant instant(OffsetDateTime valeur) {
        return valeur == null ? null : valeur.toInstant();
    }

    static Duration attenteMax() {
        return Duration.ofSeconds(Long.getLong(REGLAGE, 300));
    }
}

package org.eden.portail.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready only when the database answers: a load balancer then stops sending users to a node
 * without it. It lives in the EAR's shared library because WildFly collects health checks from
 * the top-level deployment, not from the EAR's sub-deployments.
 */
@Readiness
@ApplicationScoped
public class SanteBaseDeDonnees implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/EdenDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connexion = dataSource.getConnection()) {
            boolean valide = connexion.isValid(2);
            return HealthCheckResponse.named("base-de-donnees")
                    .status(valide)
                    .withData("produit", connexion.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("base-de-donnees").down().withData("erreur", e.getMessage()).build();
        }
    }
}

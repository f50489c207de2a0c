package pl.wiec.platform.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Nothing in Wiec works without its database; a node that cannot reach it must get no traffic. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/WiecDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean valid;
        try (Connection connection = dataSource.getConnection()) {
            valid = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            valid = false;
        }
        return HealthCheckResponse.named("database").status(valid).build();
    }
}

package pl.wiec.staff.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import pl.wiec.staff.control.DirectoryProbe;

/** Staff cannot sign in without the directory, so a node whose directory is unreachable is not ready. */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

    @Inject
    DirectoryProbe probe;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("staff-directory").status(probe.isReachable()).build();
    }
}

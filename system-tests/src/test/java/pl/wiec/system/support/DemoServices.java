package pl.wiec.system.support;

import java.nio.file.Path;

import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.wildfly.plugin.tools.Deployment;
import org.wildfly.plugin.tools.DeploymentManager;
import org.wildfly.plugin.tools.DeploymentResult;

/**
 * Deploys the dev-only demo services (the office directory) on the test server, as the demo server has them, once for
 * the whole run: the first test class deploys them and they stay until the server stops.
 */
public class DemoServices implements ServerSetupTask {

    private static final String NAME = "demo-services.war";

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        DeploymentManager deployments = DeploymentManager.Factory.create(client.getControllerClient());
        if (!deployments.hasDeployment(NAME)) {
            DeploymentResult result = deployments
                    .deploy(Deployment.of(Path.of(System.getProperty("wiec.demo-services"))).setName(NAME));
            if (!result.successful()) {
                throw new IllegalStateException("The demo services did not deploy: " + result.getFailureMessage());
            }
        }
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) {
        // Kept deployed for the next test class; the server is stopped after the last one.
    }
}

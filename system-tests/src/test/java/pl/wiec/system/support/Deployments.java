package pl.wiec.system.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive the tests deploy: the real Wiec EAR as the build made it, with the in-container test classes added to its
 * web module. (The dev-only demo services are deployed beside it by {@link DemoServices}.)
 */
public final class Deployments {

    private static final String WEB_MODULE = "wiec-web.war";

    private Deployments() {
    }

    /** The EAR unchanged, for tests that drive it from outside (HTTP, browser). */
    public static EnterpriseArchive wiec() {
        return ShrinkWrap.create(ZipImporter.class, "wiec.ear").importFrom(new File(System.getProperty("wiec.ear")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The EAR with the given test classes in its web module, where Arquillian runs them; the web module may use the
     * Elytron API to act as a given staff member.
     */
    public static EnterpriseArchive wiecWith(Class<?>... testClasses) {
        EnterpriseArchive ear = wiec();
        WebArchive web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE)
                .importFrom(ear.get(WEB_MODULE).getAsset().openStream()).as(WebArchive.class);
        web.addClasses(testClasses).addClasses(Staff.class, TestServer.class, DemoLoginGovKeys.class, WebClient.class,
                MailCatcherClient.class, TestPeople.class, TestProjects.class, TestEditions.class);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        ear.delete("META-INF/jboss-deployment-structure.xml");
        ear.addAsManifestResource(new StringAsset("""
                <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                    <sub-deployment name="wiec-ejb.jar">
                        <dependencies>
                            <module name="org.wildfly.security.elytron"/>
                        </dependencies>
                    </sub-deployment>
                    <sub-deployment name="wiec-web.war">
                        <dependencies>
                            <module name="org.wildfly.security.elytron"/>
                        </dependencies>
                    </sub-deployment>
                </jboss-deployment-structure>
                """), "jboss-deployment-structure.xml");
        return ear;
    }
}

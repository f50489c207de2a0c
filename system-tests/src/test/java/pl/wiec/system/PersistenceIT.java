package pl.wiec.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;

/** The persistence stack as deployed: EclipseLink as the provider, a schema that Flyway owns. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(PersistenceIT.class);
    }

    @PersistenceContext(unitName = "wiec")
    EntityManager em;

    @Test
    void eclipseLinkIsTheJpaProvider() {
        String delegate = em.getDelegate().getClass().getName();
        assertTrue(delegate.startsWith("org.eclipse.persistence."), delegate);
    }

    @Test
    void schemaComesFromVersionedMigrationsAndDemoDataFromItsOwnHistory() {
        List<?> schema = em
                .createNativeQuery(
                        "select version from flyway_schema_history where success = true order by installed_rank")
                .getResultList();
        assertTrue(schema.stream().map(String::valueOf).anyMatch("1"::equals), schema.toString());
        Number demoMigrations = (Number) em
                .createNativeQuery("select count(*) from flyway_demo_history where success = true").getSingleResult();
        assertTrue(demoMigrations.intValue() >= 1);
    }

    @Test
    void theDatabaseItselfGuardsThatThereIsOneMunicipality() {
        Number rows = (Number) em.createNativeQuery("select count(*) from municipality").getSingleResult();
        assertEquals(1, rows.intValue());
        Object check = em.createNativeQuery(
                "select count(*) from information_schema.check_constraints where lower(constraint_name) = 'municipality_is_one'")
                .getSingleResult();
        assertEquals(1, ((Number) check).intValue());
    }
}

package pl.wiec.platform.control;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when Wiec is deployed, and fails the deployment if it cannot: an application running on
 * a schema it does not expect would do more harm than one that does not start. Flyway takes a database lock, so cluster
 * nodes starting together migrate once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:jboss/datasources/WiecDS";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "wiec.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        MigrateResult schema = flyway("flyway_schema_history", "classpath:db/migration").migrate();
        LOG.info(() -> "Database schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (demoData) {
            MigrateResult demo = flyway("flyway_demo_history", "classpath:db/demo").migrate();
            LOG.info(() -> "Demo data at version " + demo.targetSchemaVersion);
        }
    }

    private Flyway flyway(String historyTable, String location) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader()).dataSource(dataSource).table(historyTable)
                .locations(location).baselineOnMigrate(true).baselineVersion("0").load();
    }
}

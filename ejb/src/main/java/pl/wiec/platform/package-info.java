/**
 * What every component stands on: the database schema and its migrations. (The readiness checks of the database and the
 * directory are in the wiec-health library, EAR/lib, where WildFly's health extension finds them.)
 *
 * <p>
 * The schema is owned by versioned Flyway migrations in {@code db/migration}, run once at deployment before any
 * component touches the database; EclipseLink never generates or alters tables. The SQL is written to run unchanged on
 * PostgreSQL (production) and on H2 in PostgreSQL mode (the demo and the default tests). Demo data has a history table
 * of its own ({@code flyway_demo_history}) and runs only where {@code wiec.demo-data} is true, so a production database
 * never receives it and its versions never interleave with the schema's.
 */
package pl.wiec.platform;

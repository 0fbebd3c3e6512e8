package org.cairncrm.platform.persistence.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Applies one module's Liquibase changelog to the {@code cairn} database. Liquibase records what it applied in
 * {@code DATABASECHANGELOG} under the changelog's path, which carries the module name
 * ({@code db/<module>/changelog.xml}), so each module's history is kept apart. Nothing here ever drops data.
 */
final class SchemaMigrator {

    private final DataSource dataSource;

    SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies the bundle's pending change sets and answers the ids of all change sets applied for that changelog. */
    List<String> migrate(Bundle bundle, String changelog) throws Exception {
        return migrate(new OSGiResourceAccessor(bundle), changelog);
    }

    /** The same with the changelog read through {@code resources} (the build of a database template: a jar). */
    List<String> migrate(ResourceAccessor resources, String changelog) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
        // No banner, no usage reports: a server migrating its schema talks to its database only.
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Liquibase.class.getClassLoader());
        // The connection is the pool's: closing it hands it back. Liquibase is not closed, for closing it would shut
        // down an embedded Derby under every other user of the database.
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (database instanceof DerbyDatabase derby) {
                    derby.setShutdownEmbeddedDerby(false);
                }
                new Liquibase(changelog, resources, database)
                        .update(new Contexts(), new LabelExpression());
            });
            return SchemaFingerprints.applied(connection, changelog);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}

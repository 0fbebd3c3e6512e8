package org.cairncrm.platform.persistence.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cairncrm.platform.api.CairnModule;

import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A build tool, not part of the server: creates the embedded Derby database a distribution ships, with the schema of
 * every module it carries already migrated, the way the server migrates it (the same Liquibase change sets, the same
 * fingerprints). On its first start the server copies it into {@code data/} instead of creating a database and
 * running every module's migrations (about ten seconds of a first start on two cores); each module then finds its
 * migration files unchanged. A module whose files differ from the template's, or a server without the template,
 * migrates as usual.
 * <p>
 * {@code java -cp <this bundle, Liquibase, Derby> ...DatabaseTemplate <database folder> <connection attributes>
 * <folder searched for module jars>}; the distribution's build runs it (karaf-distribution/pom.xml).
 */
public final class DatabaseTemplate {

    private DatabaseTemplate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DatabaseTemplate <database folder> <connection attributes> "
                    + "<folder with module jars>");
        }
        Path database = Path.of(args[0]).toAbsolutePath();
        List<ModuleJar> modules = modules(Path.of(args[2]));
        if (modules.isEmpty()) {
            throw new IllegalStateException("no module with migrations under " + args[2]);
        }
        deleteTree(database);
        Files.createDirectories(database.getParent());
        String url = "jdbc:derby:" + database;
        DriverManager.getConnection(url + ";create=true;" + args[1]).close();
        DataSource dataSource = new DriverDataSource(url);
        SchemaMigrator migrator = new SchemaMigrator(dataSource);
        SchemaFingerprints fingerprints = new SchemaFingerprints(dataSource);
        for (ModuleJar module : modules) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {module.jar.toUri().toURL()}, null)) {
                List<String> applied = migrator.migrate(new ClassLoaderResourceAccessor(loader), module.changelog);
                fingerprints.record(module.name, fingerprint(module));
                System.out.printf("Database template: module '%s' at change set %s (%d applied)%n", module.name,
                        applied.isEmpty() ? "-" : applied.get(applied.size() - 1), applied.size());
            }
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown of a database as SQLState 08006
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
        System.out.println("Database template: " + database);
    }

    private record ModuleJar(Path jar, String name, String changelog) {
    }

    /** Every jar below {@code folder} with a {@code Cairn-Migrations} header, by module name. */
    static List<ModuleJar> modules(Path folder) throws IOException {
        List<ModuleJar> modules = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    var manifest = file.getManifest();
                    String changelog = manifest == null ? null
                            : manifest.getMainAttributes().getValue(CairnModule.MIGRATIONS_HEADER);
                    if (changelog != null) {
                        String name = manifest.getMainAttributes().getValue(CairnModule.HEADER);
                        modules.add(new ModuleJar(jar, name != null ? name
                                : manifest.getMainAttributes().getValue("Bundle-SymbolicName"), changelog.strip()));
                    }
                }
            }
        }
        modules.sort(Comparator.comparing(ModuleJar::name));
        return modules;
    }

    /** The fingerprint the server computes from the module's bundle, here from its jar. */
    static String fingerprint(ModuleJar module) throws IOException {
        // the folder as the server reads it from the bundle; a changelog at the top takes every file, as there
        String folder = SchemaFingerprints.folder(module.changelog);
        String prefix = folder.equals("/") ? "" : folder + "/";
        TreeMap<String, URL> files = new TreeMap<>();
        try (JarFile jar = new JarFile(module.jar.toFile())) {
            for (var entry : java.util.Collections.list(jar.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    files.put("/" + entry.getName(),
                            new URL("jar:" + module.jar.toUri() + "!/" + entry.getName()));
                }
            }
        }
        return SchemaFingerprints.of(files);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Connections from the driver; all the migrations need. */
    private record DriverDataSource(String url) implements DataSource {

        /**
         * A connection that ends what is left open when it is closed (Liquibase leaves it without auto-commit, and
         * Derby refuses to close a connection in a transaction), as the server's pool does.
         */
        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = DriverManager.getConnection(url);
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && !connection.isClosed()
                                && !connection.getAutoCommit()) {
                            connection.rollback();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // not used
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}

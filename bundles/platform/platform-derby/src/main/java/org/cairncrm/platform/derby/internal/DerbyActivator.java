package org.cairncrm.platform.derby.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.derby.osgi.EmbeddedActivator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Derby's own activator, after one step of a first start: when the database does not exist yet and the distribution
 * carries a database template (every module's schema already migrated, made when the distribution was built), the
 * template is copied into place, so that the server does not create a database and migrate every module while it
 * starts. The folders come from the system properties {@value #TEMPLATE} and {@value #DATABASE}; without them, or
 * without a template, nothing changes and the modules migrate as always. Derby's bundle starts before the database
 * pool (an earlier start level), so no connection can create the database first.
 */
public final class DerbyActivator implements BundleActivator {

    static final String TEMPLATE = "cairn.derby.template";
    static final String DATABASE = "cairn.derby.database";

    private final EmbeddedActivator derby = new EmbeddedActivator();

    @Override
    public void start(BundleContext context) throws Exception {
        String template = System.getProperty(TEMPLATE);
        String database = System.getProperty(DATABASE);
        if (template != null && database != null) {
            copyTemplate(Path.of(template), Path.of(database));
        }
        derby.start(context);
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        derby.stop(context);
    }

    /**
     * Copies {@code template} to {@code database} when there is a template and no database; answers whether it did.
     * The copy is made beside the database and moved into place in one step, so that a server stopped half-way
     * never leaves half a database behind.
     */
    static boolean copyTemplate(Path template, Path database) throws IOException {
        if (Files.exists(database) || !Files.isRegularFile(template.resolve("service.properties"))) {
            return false;
        }
        Files.createDirectories(database.getParent());
        Path partial = database.resolveSibling(database.getFileName() + ".copying");
        deleteTree(partial);
        try (Stream<Path> files = Files.walk(template)) {
            for (Path from : files.toList()) {
                Path to = partial.resolve(template.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        try {
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            deleteTree(partial);
            return false;
        }
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
}

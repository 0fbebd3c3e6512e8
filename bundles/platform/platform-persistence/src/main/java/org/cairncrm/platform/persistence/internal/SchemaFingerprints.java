package org.cairncrm.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;

/**
 * Remembers, per module, a SHA-256 of the migration files its schema was last brought up to. A module that starts
 * with the same files again needs no migration: its schema is read as it is, and Liquibase (whose first use costs
 * seconds of a boot) is not loaded at all. Any doubt (no record, another fingerprint, a database error) means the
 * changelog is applied as usual, and Liquibase decides.
 */
final class SchemaFingerprints {

    static final String TABLE = "CAIRN_SCHEMA_FINGERPRINT";

    private final DataSource dataSource;

    SchemaFingerprints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The fingerprint of every file in the changelog's folder (and below it), names and contents, in name order. */
    static String of(Bundle bundle, String changelog) throws IOException {
        TreeMap<String, URL> files = new TreeMap<>();
        var entries = bundle.findEntries(folder(changelog), "*", true);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                if (!url.getPath().endsWith("/")) {
                    files.put(url.getPath(), url);
                }
            }
        }
        return of(files);
    }

    /** The changelog's folder inside its bundle or jar. */
    static String folder(String changelog) {
        int slash = changelog.lastIndexOf('/');
        return slash < 0 ? "/" : changelog.substring(0, slash);
    }

    /**
     * The fingerprint of these files: each one's path inside its bundle ({@code /db/<module>/...}) and contents, in
     * path order. The server computes it from a bundle, the build of a database template from a jar.
     */
    static String of(SortedMap<String, URL> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (var file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = file.getValue().openStream()) {
                    digest.update(in.readAllBytes());
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The change sets applied for {@code changelog} when the module's schema was last migrated from files with this
     * {@code fingerprint}; empty when it must be migrated.
     */
    Optional<List<String>> unchanged(String module, String changelog, String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT FINGERPRINT FROM " + TABLE + " WHERE MODULE = ?")) {
                query.setString(1, module);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || !fingerprint.equals(row.getString(1))) {
                        return Optional.empty();
                    }
                }
            }
            List<String> applied = applied(connection, changelog);
            return applied.isEmpty() ? Optional.empty() : Optional.of(applied);
        } catch (SQLException noTableYetOrNoDatabase) {
            return Optional.empty();
        }
    }

    /** Records that the module's schema is migrated from files with this fingerprint. */
    void record(String module, String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!update(connection, module, fingerprint)) {
                try (Statement create = connection.createStatement()) {
                    create.executeUpdate("CREATE TABLE " + TABLE + " (MODULE VARCHAR(100) NOT NULL PRIMARY KEY, "
                            + "FINGERPRINT VARCHAR(64) NOT NULL, RECORDED_AT TIMESTAMP NOT NULL)");
                }
                update(connection, module, fingerprint);
            }
        }
    }

    /** Writes the row; false when the table is not there yet. */
    private static boolean update(Connection connection, String module, String fingerprint) throws SQLException {
        try {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                    + " SET FINGERPRINT = ?, RECORDED_AT = CURRENT_TIMESTAMP WHERE MODULE = ?")) {
                update.setString(1, fingerprint);
                update.setString(2, module);
                if (update.executeUpdate() > 0) {
                    return true;
                }
            }
        } catch (SQLException missingTable) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (MODULE, FINGERPRINT, RECORDED_AT) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, module);
            insert.setString(2, fingerprint);
            insert.executeUpdate();
        }
        return true;
    }

    /** The ids of the change sets Liquibase applied for {@code changelog}, in the order it applied them. */
    static List<String> applied(Connection connection, String changelog) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT ID FROM DATABASECHANGELOG WHERE FILENAME = ? ORDER BY ORDEREXECUTED")) {
            query.setString(1, changelog);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}

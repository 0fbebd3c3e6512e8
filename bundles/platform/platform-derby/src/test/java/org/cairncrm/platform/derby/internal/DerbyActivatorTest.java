package org.cairncrm.platform.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyActivatorTest {

    @TempDir
    Path dir;

    private Path template() throws Exception {
        Path template = dir.resolve("template/cairn");
        Files.createDirectories(template.resolve("seg0"));
        Files.writeString(template.resolve("service.properties"), "derby");
        Files.writeString(template.resolve("seg0/c10.dat"), "pages");
        return template;
    }

    @Test
    void aNewServerGetsACopyOfTheTemplate() throws Exception {
        Path database = dir.resolve("data/derby/cairn");
        assertTrue(DerbyActivator.copyTemplate(template(), database));
        assertEquals("pages", Files.readString(database.resolve("seg0/c10.dat")));
        assertEquals("derby", Files.readString(database.resolve("service.properties")));
        assertFalse(Files.exists(database.resolveSibling("cairn.copying")));
    }

    @Test
    void anExistingDatabaseIsNeverTouched() throws Exception {
        Path database = dir.resolve("data/derby/cairn");
        Files.createDirectories(database);
        Files.writeString(database.resolve("service.properties"), "mine");
        assertFalse(DerbyActivator.copyTemplate(template(), database));
        assertEquals("mine", Files.readString(database.resolve("service.properties")));
        assertFalse(Files.exists(database.resolve("seg0")));
    }

    @Test
    void withoutATemplateNothingHappens() throws Exception {
        Path database = dir.resolve("data/derby/cairn");
        assertFalse(DerbyActivator.copyTemplate(dir.resolve("no-template"), database));
        assertFalse(Files.exists(database));
    }

    @Test
    void aCopyLeftHalfWayByAStoppedServerIsReplaced() throws Exception {
        Path database = dir.resolve("data/derby/cairn");
        Files.createDirectories(database.resolveSibling("cairn.copying/seg0"));
        Files.writeString(database.resolveSibling("cairn.copying/seg0/stale.dat"), "half");
        assertTrue(DerbyActivator.copyTemplate(template(), database));
        assertFalse(Files.exists(database.resolve("seg0/stale.dat")));
        assertTrue(Files.exists(database.resolve("seg0/c10.dat")));
    }
}

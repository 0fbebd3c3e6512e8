package org.cairncrm.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Committed data survives a server restart: the distribution is started with {@code bin/start}, a module writes a
 * row, the server is stopped with {@code bin/stop} and started again, and the row is read back.
 */
class ServerRestartIT {

    @Test
    void committedRowsAreStillThereAfterTheServerRestarts() throws Exception {
        String version = System.getProperty("cairn.version");
        Path archive = Path.of(System.getProperty("cairn.distribution"));
        try (Server server = Server.unpack(archive, Path.of("target/restart-server"), 20000)) {
            // the deployer installs the integration-test module at start, as an administrator would drop it in
            server.write("deploy/itest.xml", """
                    <features name="restart-test" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                      <repository>mvn:org.cairncrm/cairn-itest-features/%s/xml/features</repository>
                      <feature name="restart-test" version="1" install="auto">
                        <feature>cairn-itest</feature>
                      </feature>
                    </features>
                    """.formatted(version));
            Http anonymous = server.http();

            server.start();
            anonymous.await("/health", 200, 180);
            Http http = FirstAdmin.signIn(anonymous, server.home.resolve("data"));
            http.await("/itest/items", 200, 180);
            String name = "Survivor " + UUID.randomUUID();
            Http.Reply created = http.post("/itest/items", "{\"name\":\"" + name + "\",\"quantity\":7}");
            assertEquals(201, created.status(), created.toString());
            long id = created.json().path("id").asLong();
            server.stop();

            server.start();
            http.await("/itest/items", 200, 180);
            JsonNode again = http.get("/itest/items/" + id).json();
            assertEquals(name, again.path("name").asText());
            assertEquals(7, again.path("quantity").asInt());
            for (int i = 0; i < 120 && !"UP".equals(http.get("/health").json().path("status").asText()); i++) {
                Http.sleep(500);
            }
            assertEquals("UP", http.get("/health").json().path("status").asText());

            assertEquals("admin", again.path("audit").path("createdBy").asText());

            // the administrator's console signs in with the Cairn account too
            String console = server.client("admin", FirstAdmin.PASSWORD, "cairn:modules");
            assertTrue(console.contains("itest") && console.contains("ACTIVE"), console);
            String refused = server.client("admin", "not-the-password-1", "cairn:modules");
            assertFalse(refused.contains("ACTIVE"), refused);

            // Cairn's administrator has the rights of Karaf's: a module's bundle is hot-updated and restarted from
            // the shell, and serves its stored rows again afterwards
            long before = bundleId(server, "cairn-itest-module");
            String updated = server.client("admin", FirstAdmin.PASSWORD,
                    "bundle:update cairn-itest-module\nbundle:restart cairn-itest-module\nbundle:list -s cairn-itest-module");
            assertFalse(updated.contains("Insufficient credentials"), updated);
            assertFalse(updated.toLowerCase().contains("error"), updated);
            assertTrue(updated.contains("cairn-itest-module"), updated);
            assertEquals(before, bundleId(server, "cairn-itest-module"), "updated in place, not reinstalled");
            http.await("/itest/items/" + id, 200, 120);
            String active = server.client("admin", FirstAdmin.PASSWORD, "bundle:list -s cairn-itest-module");
            assertTrue(active.contains("Active"), active);
            assertEquals(name, http.get("/itest/items/" + id).json().path("name").asText());
            String stopped = server.client("admin", FirstAdmin.PASSWORD,
                    "bundle:stop cairn-itest-module\nbundle:list -s cairn-itest-module");
            assertTrue(stopped.contains("Resolved"), stopped);
            http.await("/itest/items/" + id, 404, 60);
            server.client("admin", FirstAdmin.PASSWORD, "bundle:start cairn-itest-module");
            http.await("/itest/items/" + id, 200, 120);
        }
    }

    /** The bundle id {@code bundle:list} shows for a symbolic name. */
    private static long bundleId(Server server, String symbolicName) throws Exception {
        String list = server.client("admin", FirstAdmin.PASSWORD, "bundle:list -s -t 0 " + symbolicName);
        for (String line : list.split("\n")) {
            String[] cells = line.split("\u2502|\\|");
            if (cells.length > 3 && cells[cells.length - 1].strip().equals(symbolicName)) {
                return Long.parseLong(cells[0].strip());
            }
        }
        throw new AssertionError("no bundle " + symbolicName + " in:\n" + list);
    }
}

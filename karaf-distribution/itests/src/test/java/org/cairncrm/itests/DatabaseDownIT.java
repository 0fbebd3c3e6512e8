package org.cairncrm.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server whose database cannot be reached says so: /api/health answers 503 with status DOWN and tells the
 * administrator where to look, quickly, instead of hanging or vanishing.
 */
class DatabaseDownIT {

    @Test
    void healthIsDownAndNamesTheConfigurationWhenTheDatabaseIsUnreachable() throws Exception {
        Path archive = Path.of(System.getProperty("cairn.distribution"));
        try (Server server = Server.unpack(archive, Path.of("target/db-down-server"), 21000)) {
            // PostgreSQL, as docs/install.md says, but on a port where nothing listens
            server.write("etc/org.ops4j.datasource-cairn.cfg", """
                    osgi.jdbc.driver.name = PostgreSQL JDBC Driver
                    url = jdbc:postgresql://127.0.0.1:1/cairn
                    user = cairn
                    password = nobody-listens
                    dataSourceName = cairn
                    pool = transx
                    xa = true
                    """);
            Http http = server.http();
            server.start();
            Http.Reply health = http.await("/health", 503, 180);
            JsonNode report = health.json();
            assertEquals("DOWN", report.path("status").asText());
            assertEquals("DOWN", report.path("database").path("status").asText());
            String detail = report.path("database").path("detail").asText();
            assertTrue(detail.contains("etc/org.ops4j.datasource-cairn.cfg") || detail.startsWith("cannot connect")
                    || detail.startsWith("no connection"), detail);
            assertEquals("UP", report.path("platform").path("status").asText());

            long start = System.nanoTime();
            assertEquals(503, http.get("/health").status());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 5000, "health answered in " + millis + " ms");
        }
    }
}

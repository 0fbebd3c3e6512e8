package org.cairncrm.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * No client input makes the server fail: every operation the running full edition describes in
 * {@code /api/openapi.json} (so every module's, as soon as it is installed) gets bad path ids, odd query values and
 * broken bodies from a signed-in administrator, and must answer each with a 4xx (or a success) carrying Cairn's JSON
 * error body; never a 5xx, and the stored data still reads afterwards.
 */
class BadInputIT {

    /**
     * Walked by an account of its own, since wrong current passwords lock the account that sends them after a few
     * tries, as they must.
     */
    private static final String OWN_PASSWORD = "PUT /api/people/me/password";

    @Test
    void noOperationAnswersAServerErrorToBadInput() throws Exception {
        Path archive = Path.of(System.getProperty("cairn.distribution"));
        try (Server server = Server.unpack(archive, Path.of("target/bad-input-server"), 22000)) {
            // demo data, so that records with small ids exist and the walk reaches past "not found"
            server.write("etc/org.cairncrm.demo.cfg", "enabled = true\n");
            Http anonymous = server.http();
            server.start();
            anonymous.await("/health", 200, 180);
            Http admin = FirstAdmin.signIn(anonymous, server.home.resolve("data"));
            for (int i = 0; i < 240 && !"UP".equals(admin.get("/health").json().path("status").asText()); i++) {
                Http.sleep(250);
            }
            admin.await("/tasks/topics", 200, 120);
            // the walk runs as an administrator of its own: resetting account 1's password (the first
            // administrator's) with a well-formed body is allowed, and must not lock the walk out
            long adminRole = admin.get("/people/roles?filter=name:eq:admin").json().path("items").get(0)
                    .path("id").asLong();
            TestAccounts accounts = new TestAccounts(admin, anonymous);
            accounts.account("walker", adminRole);
            accounts.account("guesser", adminRole);
            Http walker = anonymous.as("walker", TestAccounts.PASSWORD);
            Http.Reply described = walker.get("/openapi.json");
            JsonNode document = described.json();
            // the description itself is valid OpenAPI 3, as client generators need it
            io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
            options.setResolve(false);
            List<String> invalid = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(described.body(), null,
                    options).getMessages();
            assertTrue(invalid == null || invalid.isEmpty(), "/api/openapi.json is not valid OpenAPI 3:\n"
                    + String.join("\n", invalid == null ? List.of() : invalid));
            int companies = 0;
            for (int i = 0; i < 240 && companies == 0; i++) {
                companies = admin.get("/contacts/companies?size=1").json().path("total").asInt();
                Http.sleep(companies == 0 ? 250 : 0);
            }
            assertTrue(companies > 0, "demo companies are there before the walk");

            OpenApiWalk walk = new OpenApiWalk(walker, document).walk(op -> !op.equals(OWN_PASSWORD));
            OpenApiWalk guesses = new OpenApiWalk(anonymous.as("guesser", TestAccounts.PASSWORD), document)
                    .walk(OWN_PASSWORD::equals);
            walk.shots().addAll(guesses.shots());

            List<OpenApiWalk.Shot> serverErrors = walk.shots().stream()
                    .filter(s -> s.status() >= 500 || s.status() < 0).toList();
            List<OpenApiWalk.Shot> bareErrors = walk.shots().stream()
                    .filter(s -> s.status() >= 400 && s.status() < 500 && !isErrorBody(s.body()))
                    // an address or headers too long for the HTTP server never reach the API
                    .filter(s -> s.status() != 414 && s.status() != 431).toList();
            assertTrue(walk.operations() >= 100, "operations walked: " + walk.operations());
            assertTrue(serverErrors.isEmpty(), serverErrors.size() + " of " + walk.shots().size()
                    + " requests to " + walk.operations() + " operations failed on the server:\n"
                    + serverErrors.stream().map(Object::toString).collect(Collectors.joining("\n")));
            assertTrue(bareErrors.isEmpty(), bareErrors.size() + " client errors without Cairn's JSON error body:\n"
                    + bareErrors.stream().map(Object::toString).collect(Collectors.joining("\n")));

            List<OpenApiWalk.Shot> open = walk.anonymously(anonymous, Set.of("GET /api/health"));
            assertTrue(open.isEmpty(), "answered an anonymous caller with something else than 401:\n"
                    + open.stream().map(Object::toString).collect(Collectors.joining("\n")));

            // the walk corrupted nothing: its administrator still signs in, the health is UP, companies still read
            assertEquals(200, walker.get("/people/me").status());
            assertEquals("UP", walker.get("/health").json().path("status").asText());
            Http.Reply list = walker.get("/contacts/companies?size=5");
            assertEquals(200, list.status(), list.toString());
        }
    }

    private static boolean isErrorBody(String body) {
        try {
            JsonNode json = Http.JSON.readTree(body);
            return json.path("status").isInt() && json.has("message") && json.path("fieldErrors").isArray();
        } catch (Exception e) {
            return false;
        }
    }
}

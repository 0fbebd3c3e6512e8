package org.cairncrm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.transaction.TransactionManager;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Boots the real Cairn distribution and proves the module life cycle with the integration-test module: it appears
 * with its REST resources and data when its feature is installed, answers as every Cairn resource must (CRUD,
 * paging, error bodies), and vanishes when the feature is removed, leaving the platform untouched and its rows kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleLifecycleIT {

    static final String API = CairnExam.API;
    static final String FEATURE = "cairn-itest";

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Inject
    @Filter(timeout = 120_000)
    private ModuleRegistry modules;

    @Inject
    @Filter(timeout = 60_000)
    private SessionFactory shell;

    @Inject
    @Filter(timeout = 60_000)
    private RecordEvents recordEvents;

    @Inject
    @Filter(timeout = 60_000)
    private TransactionManager transactions;

    @Inject
    @Filter(value = "(osgi.jndi.service.name=cairn)", timeout = 60_000)
    private javax.sql.DataSource dataSource;

    private final Http http = new Http(API);

    @Configuration
    public Option[] configuration() {
        return CairnExam.options();
    }

    /** Signed in as the first administrator (whose initial password gets replaced on first use). */
    private Http admin() throws java.io.IOException {
        return FirstAdmin.signIn(http, java.nio.file.Path.of(System.getProperty("karaf.data")));
    }

    @Test
    public void healthIsUpWithItsDatabaseOnAFreshServer() {
        JsonNode health = awaitUp();
        assertEquals("UP", health.path("status").asText());
        assertEquals("UP", health.path("database").path("status").asText());
        assertEquals("Apache Derby", health.path("database").path("detail").asText());
        assertEquals("UP", health.path("platform").path("status").asText());
        assertTrue(health.path("modules").isArray());
    }

    @Test
    public void modulesListIsForAdministratorsOnly() throws Exception {
        awaitUp();
        Http.Reply anonymous = http.get("/modules");
        assertEquals(401, anonymous.status());
        assertNotNull("401 must ask for credentials", anonymous.header("WWW-Authenticate"));
        assertErrorBody(anonymous, 401);
        assertErrorBody(http.get("/modules", "admin", "wrong-password-1"), 401);
        Http.Reply role = admin().post("/people/roles", "{\"name\":\"desk\",\"label\":\"Front desk\","
                + "\"permissions\":[\"people.employee.read\"]}");
        assertEquals(role.toString(), 201, role.status());
        String created = shellWithInput("cairn:account-add --role desk clerk Clara Clerk",
                "Desk-pass-2026\nDesk-pass-2026\n");
        assertTrue(created, created.contains("Account 'clerk' created"));
        assertEquals(200, http.get("/people/employees", "clerk", "Desk-pass-2026").status());
        assertErrorBody(http.get("/modules", "clerk", "Desk-pass-2026"), 403);
        assertTrue(shellWithInput("cairn:account-add --role nosuch other Otto Other", "Gamma-pass-2026\n"
                + "Gamma-pass-2026\n").contains("no role 'nosuch'"));
        Http.Reply admin = admin().get("/modules");
        assertEquals(admin.toString(), 200, admin.status());
        assertTrue(admin.json().isArray());
        assertTrue(admin.body().contains("\"people\""));
    }

    @Test
    public void theFirstAdministratorsPasswordIsRandomAndReadableByTheOwnerOnly() throws Exception {
        awaitUp();
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("karaf.data"), "initial-admin-password");
        // there as soon as the server is up, before anyone has tried to sign in (it used to appear at the first try)
        assertTrue("no " + file + " once /api/health is UP", java.nio.file.Files.exists(file));
        String password = initialAdminPassword();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
        assertTrue(password.length() >= 20);
        assertNoneInTheLogs(password);
    }

    private static void assertNoneInTheLogs(String... secrets) throws java.io.IOException {
        try (var logs = java.nio.file.Files.newDirectoryStream(
                java.nio.file.Path.of(System.getProperty("karaf.data"), "log"))) {
            for (java.nio.file.Path log : logs) {
                String text = java.nio.file.Files.readString(log);
                for (String secret : secrets) {
                    assertFalse("a password in " + log, text.contains(secret));
                }
            }
        }
    }

    @Test
    public void anAccountIsLockedAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
        awaitUp();
        String created = shellWithInput("cairn:account-add lockme Lock Me", "Lock-me-2026\nLock-me-2026\n");
        assertTrue(created, created.contains("created"));
        assertErrorBody(http.get("/modules", "lockme", "Lock-me-2026"), 403);
        for (int i = 0; i < 5; i++) {
            assertErrorBody(http.get("/modules", "lockme", "wrong-" + i), 401);
        }
        assertErrorBody(http.get("/modules", "lockme", "Lock-me-2026"), 401);

        assertTrue(shell("cairn:account-unlock lockme").contains("unlocked"));
        assertErrorBody(http.get("/modules", "lockme", "Lock-me-2026"), 403);
        assertTrue(shell("cairn:account-lock lockme").contains("locked"));
        assertErrorBody(http.get("/modules", "lockme", "Lock-me-2026"), 401);
        assertTrue(shell("cairn:account-unlock lockme").contains("unlocked"));

        String reset = shellWithInput("cairn:account-passwd lockme", "New-secret-77\nNew-secret-77\n");
        assertTrue(reset, reset.contains("Password of 'lockme' set"));
        assertErrorBody(http.get("/modules", "lockme", "Lock-me-2026"), 401);
        assertErrorBody(http.get("/modules", "lockme", "New-secret-77"), 403);
        String differ = shellWithInput("cairn:account-passwd lockme", "Other-secret-1\nOther-secret-2\n");
        assertTrue(differ, differ.contains("differ"));
        assertErrorBody(http.get("/modules", "lockme", "New-secret-77"), 403);
        assertTrue(shell("cairn:account-lock nobody").contains("no account 'nobody'"));

        String weak = shellWithInput("cairn:account-add weak Weak Password", "short\nshort\n");
        assertTrue(weak, weak.contains("password: must be at least 10 characters"));
        assertTrue(weak, weak.contains("Nothing was changed"));

        assertNoneInTheLogs("Lock-me-2026", "New-secret-77", "Other-secret-1", "wrong-0", initialAdminPassword());
    }

    /** The first administrator's password, from the file the server writes once its accounts are ready. */
    private String initialAdminPassword() throws java.io.IOException {
        return FirstAdmin.initialPassword(java.nio.file.Path.of(System.getProperty("karaf.data")));
    }

    private JsonNode awaitUp() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        JsonNode last = null;
        while (System.nanoTime() < end) {
            Http.Reply reply = http.get("/health");
            if (reply.status() == 200) {
                last = reply.json();
                if ("UP".equals(last.path("status").asText())) {
                    return last;
                }
            }
            Http.sleep(250);
        }
        throw new AssertionError("health not UP within 120 s: " + last);
    }

    @Test
    public void unknownAddressesAnswer404WithTheErrorBody() {
        assertErrorBody(http.get("/nothing-here"), 404);
        assertErrorBody(http.get("/health/deeper"), 404);
    }

    @Test
    public void openApiDescribesThePlatformResources() throws Exception {
        awaitUp();
        assertErrorBody(http.get("/openapi.json"), 401);
        JsonNode doc = admin().await("/openapi.json", 200, 60).json();
        assertEquals("3.0.1", doc.path("openapi").asText());
        assertTrue(doc.path("paths").has("/api/health"));
        assertTrue(doc.path("paths").has("/api/modules"));
        assertTrue(doc.path("components").path("schemas").has("HealthReport"));
        assertEquals("basic", doc.path("components").path("securitySchemes").path("basic").path("scheme").asText());
        assertEquals("bearer", doc.path("components").path("securitySchemes").path("token").path("scheme").asText());
        assertEquals(0, doc.path("paths").path("/api/health").path("get").path("security").size());
        for (String path : List.of("/api/people/employees", "/api/people/accounts", "/api/people/groups",
                "/api/people/roles", "/api/people/grants", "/api/people/permissions", "/api/people/tokens",
                "/api/people/me/password", "/api/people/settings")) {
            assertTrue(path, doc.path("paths").has(path));
        }
    }

    @Test
    public void eventsArePostedAfterCommitAndNeverAfterARollback() throws Exception {
        List<Event> events = subscribe("cairn/itest/Probe/*");

        transactions.begin();
        recordEvents.changed(new RecordRef("itest.probe", 1), "Probe", EventTopics.Change.CREATED);
        Http.sleep(300);
        assertTrue("nothing before the commit", events.isEmpty());
        transactions.commit();
        awaitEvents(events, 1);
        assertEquals("cairn/itest/Probe/CREATED", events.get(0).getTopic());
        assertEquals("itest.probe:1", events.get(0).getProperty(EventTopics.RECORD));

        transactions.begin();
        recordEvents.changed(new RecordRef("itest.probe", 2), "Probe", EventTopics.Change.DELETED);
        transactions.rollback();
        Http.sleep(500);
        assertEquals("no event for a rolled-back change", 1, events.size());

        recordEvents.changed(new RecordRef("itest.probe", 3), "Probe", EventTopics.Change.UPDATED);
        awaitEvents(events, 2);
        assertEquals("outside a transaction: at once", "itest.probe:3", events.get(1).getProperty(EventTopics.RECORD));
    }

    @Test
    public void aModuleWhoseMigrationFailsIsReportedFailedAndTheOthersCarryOn() throws Exception {
        awaitUp();
        Bundle broken = context.installBundle("cairn-test:broken-module", brokenModuleJar());
        try {
            broken.start();
            JsonNode module = null;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < end) {
                module = moduleInHealth("broken");
                if (module != null && "FAILED".equals(module.path("state").asText())) {
                    break;
                }
                Http.sleep(200);
            }
            assertNotNull(module);
            assertEquals(module.toString(), "FAILED", module.path("state").asText());
            assertTrue(module.toString(), module.path("detail").asText().contains("schema migration failed"));
            JsonNode health = http.get("/health").json();
            assertEquals("DEGRADED", health.path("status").asText());
            assertEquals("UP", health.path("database").path("status").asText());
            assertTrue(shell("cairn:modules").contains("FAILED"));
        } finally {
            broken.uninstall();
        }
        assertNull(moduleInHealth("broken"));
        assertEquals("UP", http.get("/health").json().path("status").asText());
    }

    /**
     * The server started on the database the distribution ships, in which the build applied every module's change
     * sets. A module whose migration files differ from it (an update) runs Liquibase on top of it: Liquibase must take
     * the change sets the build applied as its own and run none of them again.
     */
    @Test
    public void aModuleUpdatedAfterTheShippedDatabaseMigratesOnTopOfItWithoutRunningAChangeSetAgain() throws Exception {
        awaitUp();
        String changelog = "db/tasks/changelog.xml";
        int applied = count("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = '" + changelog + "'");
        assertTrue("the shipped database has the tasks module's change sets", applied > 0);
        // applied when the distribution was built, before this server started: the database is the shipped one
        assertEquals(applied, count("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = '" + changelog
                + "' AND DATEEXECUTED < TIMESTAMP('" + new java.sql.Timestamp(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) + "')"));
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement update = connection.createStatement()) {
            // as if the module's files had changed since the database was made
            assertEquals(1, update.executeUpdate(
                    "UPDATE CAIRN_SCHEMA_FINGERPRINT SET FINGERPRINT = 'changed' WHERE MODULE = 'tasks'"));
        }
        Bundle tasks = java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals("cairn-tasks-core")).findFirst().orElseThrow();
        tasks.stop();
        tasks.start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("SELECT COUNT(*) FROM CAIRN_SCHEMA_FINGERPRINT WHERE MODULE = 'tasks' AND FINGERPRINT = "
                + "'changed'") > 0 && System.nanoTime() < end) {
            Http.sleep(200);
        }
        JsonNode health = awaitUp();
        assertEquals(health.toString(), "UP", health.path("status").asText());
        assertEquals("migrated again, its fingerprint recorded", 0, count(
                "SELECT COUNT(*) FROM CAIRN_SCHEMA_FINGERPRINT WHERE MODULE = 'tasks' AND FINGERPRINT = 'changed'"));
        assertEquals("no change set ran twice", applied,
                count("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = '" + changelog + "'"));
        assertEquals(200, admin().get("/tasks/topics").status());
    }

    private int count(String sql) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement query = connection.createStatement();
             java.sql.ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** A module bundle whose only change set is SQL the database refuses. */
    private static java.io.InputStream brokenModuleJar() throws java.io.IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "cairn-broken-module");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Cairn-Module", "broken");
        main.putValue("Cairn-Migrations", "db/broken/changelog.xml");
        String changelog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n"
                + "  <changeSet id=\"broken-1\" author=\"test\"><sql>CREATE TABLE broken_thing (</sql></changeSet>\n"
                + "</databaseChangeLog>\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new java.util.jar.JarEntry("db/broken/changelog.xml"));
            jar.write(changelog.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return new java.io.ByteArrayInputStream(bytes.toByteArray());
    }

    /**
     * The whole life of a module in one running server: install, use, uninstall, reinstall. One test, because each
     * step stands on the one before.
     */
    @Test
    public void aModuleComesAndGoesWithItsFeatureAndKeepsItsData() throws Exception {
        awaitUp();
        assertFalse(installed(FEATURE));
        List<String> restarted = watchPlatformBundleRestarts();

        // install: the module, its REST resources and its table appear
        features.addRepository(URI.create(System.getProperty("cairn.itest.features")));
        features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        Http http = admin();
        http.await("/itest/items", 200, 90);
        JsonNode itest = moduleInHealth("itest");
        assertNotNull("health lists the module", itest);
        assertEquals("ACTIVE", itest.path("state").asText());
        assertFalse(itest.path("version").asText().isEmpty());
        assertTrue(http.get("/modules").body().contains("\"itest\""));
        assertTrue(shell("cairn:modules").contains("itest"));
        assertTrue(http.get("/openapi.json").json().path("paths").has("/api/itest/items"));
        assertTrue(http.get("/openapi.json").json().path("paths").has("/api/itest/{collection}/{id}/history"));
        Http.Reply keeper = http.post("/people/roles", "{\"name\":\"item-keeper\",\"label\":\"Item keeper\","
                + "\"permissions\":[\"itest.item.read\"],\"scopes\":{\"itest.item\":\"ALL\"}}");
        assertEquals(keeper.toString(), 201, keeper.status());
        long keeperId = keeper.json().path("id").asLong();

        List<Event> events = subscribe("cairn/itest/Item/*");
        long kept = crudWorksAsAClientExpects(http, events);
        badInputGetsClearErrors(http, kept);

        // uninstall: its addresses answer 404, health forgets it, the platform did not restart
        features.uninstallFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        Http.Reply gone = http.await("/itest/items", 404, 60);
        assertErrorBody(gone, 404);
        assertErrorBody(http.get("/itest/items/" + kept), 404);
        assertNull(moduleInHealth("itest"));
        assertFalse(shell("cairn:modules").contains("itest"));
        assertFalse(http.get("/openapi.json").json().path("paths").has("/api/itest/items"));
        assertEquals("UP", http.get("/health").json().path("status").asText());

        // roles keep the module's keys while it is away: listed as not installed, kept through a change
        JsonNode itemRead = null;
        for (JsonNode key : http.get("/people/permissions").json().path("permissions")) {
            if (key.path("key").asText().equals("itest.item.read")) {
                itemRead = key;
            }
        }
        assertNotNull(itemRead);
        assertFalse(itemRead.path("installed").asBoolean());
        JsonNode role = http.get("/people/roles/" + keeperId).json();
        Http.Reply renamed = http.put("/people/roles/" + keeperId, "{\"version\":" + role.path("version").asLong()
                + ",\"name\":\"item-keeper\",\"label\":\"Keeper of items\",\"permissions\":[\"itest.item.read\"],"
                + "\"scopes\":{\"itest.item\":\"ALL\"}}");
        assertEquals(renamed.toString(), 200, renamed.status());
        assertEquals("[\"itest.item.read\"]", renamed.json().path("permissions").toString());
        assertEquals(Set.of("permissions"), fields(http.post("/people/roles", "{\"name\":\"new-keeper\","
                + "\"label\":\"New\",\"permissions\":[\"itest.item.delete\"]}")));

        // reinstall: the rows written before are still there
        features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        http.await("/itest/items", 200, 90);
        Http.Reply again = http.get("/itest/items/" + kept);
        assertEquals(again.toString(), 200, again.status());
        assertEquals("Keep me", again.json().path("name").asText());
        assertEquals(31, http.get("/itest/items?size=1").json().path("total").asLong());
        for (JsonNode key : http.get("/people/permissions").json().path("permissions")) {
            if (key.path("key").asText().equals("itest.item.read")) {
                assertTrue(key.path("installed").asBoolean());
            }
        }

        assertEquals("platform bundles restarted by installing or removing a module", List.of(), restarted);
    }

    private long crudWorksAsAClientExpects(Http http, List<Event> events) {
        // create
        Http.Reply created = http.post("/itest/items",
                "{\"name\":\"Anvil\",\"quantity\":3,\"dueDate\":\"2026-12-24\",\"note\":\"heavy\"}");
        assertEquals(created.toString(), 201, created.status());
        JsonNode anvil = created.json();
        long id = anvil.path("id").asLong();
        assertTrue(id > 0);
        long version = anvil.path("version").asLong();
        assertEquals("2026-12-24", anvil.path("dueDate").asText());
        assertTrue(created.header("Location").endsWith("/api/itest/items/" + id));
        assertEquals("admin", anvil.path("audit").path("createdBy").asText());
        assertTrue("ISO timestamp", anvil.path("audit").path("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));

        // read
        JsonNode read = http.get("/itest/items/" + id).json();
        assertEquals("Anvil", read.path("name").asText());
        assertEquals("heavy", read.path("note").asText());

        // update with the version read; then the same stale version is refused
        Http.Reply updated = http.put("/itest/items/" + id, "{\"version\":" + version
                + ",\"name\":\"Anvil\",\"quantity\":4,\"dueDate\":\"2026-12-24\"}");
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(version + 1, updated.json().path("version").asLong());
        assertEquals(4, updated.json().path("quantity").asInt());
        assertEquals("admin", updated.json().path("audit").path("modifiedBy").asText());
        Http.Reply stale = http.put("/itest/items/" + id, "{\"version\":" + version
                + ",\"name\":\"Anvil 2\",\"quantity\":5}");
        assertErrorBody(stale, 409);
        assertEquals("the stale update changed nothing", 4, http.get("/itest/items/" + id).json().path("quantity").asInt());

        // delete
        assertEquals(204, http.delete("/itest/items/" + id).status());
        assertErrorBody(http.get("/itest/items/" + id), 404);
        assertErrorBody(http.delete("/itest/items/" + id), 404);

        // events after commit, one per change
        awaitEvents(events, 3);
        assertEquals(List.of("cairn/itest/Item/CREATED", "cairn/itest/Item/UPDATED", "cairn/itest/Item/DELETED"),
                events.stream().map(Event::getTopic).toList());
        assertEquals("itest.item:" + id, events.get(0).getProperty("cairn.record"));

        // paging, sorting, filtering, quick search over 30 rows
        for (int i = 1; i <= 30; i++) {
            assertEquals(201, http.post("/itest/items", "{\"name\":\"Bolt " + (i < 10 ? "0" : "") + i
                    + "\",\"quantity\":" + i + "}").status());
        }
        long kept = http.post("/itest/items", "{\"name\":\"Keep me\",\"quantity\":0,\"note\":\"for later\"}")
                .json().path("id").asLong();
        JsonNode page = http.get("/itest/items?page=1&size=10&sort=-quantity").json();
        assertEquals(31, page.path("total").asLong());
        assertEquals(10, page.path("items").size());
        assertEquals(1, page.path("page").asInt());
        assertEquals(20, page.path("items").get(0).path("quantity").asInt());
        assertEquals(11, page.path("items").get(9).path("quantity").asInt());
        JsonNode filtered = http.get("/itest/items?filter=quantity:ge:25&filter=name:like:bolt&sort=name").json();
        assertEquals(6, filtered.path("total").asLong());
        assertEquals("Bolt 25", filtered.path("items").get(0).path("name").asText());
        assertEquals("'%' and '_' are letters to look for, not wildcards", 0,
                http.get("/itest/items?filter=name:like:%25").json().path("total").asLong());
        assertEquals(0, http.get("/itest/items?q=b_lt").json().path("total").asLong());
        JsonNode searched = http.get("/itest/items?q=LATER").json();
        assertEquals(1, searched.path("total").asLong());
        assertEquals(kept, searched.path("items").get(0).path("id").asLong());
        return kept;
    }

    private void badInputGetsClearErrors(Http http, long existing) {
        assertErrorBody(http.post("/itest/items", "{\"name\": \"Anvil\", "), 400);
        assertErrorBody(http.post("/itest/items", "not json at all"), 400);

        Http.Reply invalid = http.post("/itest/items", "{\"name\":\"  \",\"quantity\":-1}");
        assertErrorBody(invalid, 422);
        assertEquals(Set.of("name", "quantity"), fields(invalid));

        Http.Reply wrongType = http.post("/itest/items", "{\"name\":\"Nut\",\"quantity\":\"many\"}");
        assertErrorBody(wrongType, 400);
        assertEquals(Set.of("quantity"), fields(wrongType));

        Http.Reply unknownField = http.post("/itest/items", "{\"name\":\"Nut\",\"quantity\":1,\"colour\":\"red\"}");
        assertErrorBody(unknownField, 400);
        assertEquals(Set.of("colour"), fields(unknownField));

        Http.Reply badDate = http.post("/itest/items", "{\"name\":\"Nut\",\"quantity\":1,\"dueDate\":\"31.12.2026\"}");
        assertErrorBody(badDate, 400);
        assertEquals(Set.of("dueDate"), fields(badDate));

        Http.Reply noVersion = http.put("/itest/items/" + existing, "{\"name\":\"Keep me\",\"quantity\":1}");
        assertErrorBody(noVersion, 422);
        assertEquals(Set.of("version"), fields(noVersion));

        assertErrorBody(http.get("/itest/items/999999"), 404);
        assertErrorBody(http.put("/itest/items/999999", "{\"version\":0,\"name\":\"X\",\"quantity\":1}"), 404);
        assertErrorBody(http.get("/itest/items/not-a-number"), 404);

        Http.Reply badPaging = http.get("/itest/items?size=0&sort=colour&filter=quantity:about:3");
        assertErrorBody(badPaging, 422);
        assertEquals("every bad parameter named at once", Set.of("size", "filter"), fields(badPaging));
        assertEquals(Set.of("sort"), fields(http.get("/itest/items?sort=colour")));
        Http.Reply notANumber = http.get("/itest/items?page=first");
        assertErrorBody(notANumber, 422);
        assertEquals(Set.of("page"), fields(notANumber));
        assertEquals(Set.of("filter"), fields(http.get("/itest/items?filter=quantity:ge:lots")));

        Http.Reply plainText = http.send(HttpRequest.newBuilder(http.uri("/itest/items"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Anvil")), null);
        assertErrorBody(plainText, 415);

        String huge = "{\"name\":\"Big\",\"quantity\":1,\"note\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertErrorBody(http.post("/itest/items", huge), 413);

        assertErrorBody(http.send(HttpRequest.newBuilder(http.uri("/itest/items/" + existing))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")), null), 405);

        assertEquals("bad input stored nothing", 31, http.get("/itest/items?size=1").json().path("total").asLong());
        assertEquals("Keep me", http.get("/itest/items/" + existing).json().path("name").asText());
    }

    /** Every failure: the one error body, the right status, no stack trace. */
    static void assertErrorBody(Http.Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        JsonNode body = reply.json();
        assertEquals(reply.toString(), status, body.path("status").asInt());
        assertFalse(reply.toString(), body.path("error").asText().isEmpty());
        assertFalse(reply.toString(), body.path("message").asText().isEmpty());
        assertTrue(reply.toString(), body.path("fieldErrors").isArray());
        assertFalse("no stack trace: " + reply, reply.body().contains("\tat ") || reply.body().contains("Exception"));
    }

    private static Set<String> fields(Http.Reply reply) {
        Set<String> fields = new HashSet<>();
        reply.json().path("fieldErrors").forEach(e -> {
            fields.add(e.path("field").asText());
            assertFalse(reply.toString(), e.path("message").asText().isEmpty());
        });
        return fields;
    }

    private JsonNode moduleInHealth(String name) {
        for (JsonNode m : http.get("/health").json().path("modules")) {
            if (m.path("name").asText().equals(name)) {
                return m;
            }
        }
        return null;
    }

    private static void assertNull(Object o) {
        org.junit.Assert.assertNull(String.valueOf(o), o);
    }

    private boolean installed(String feature) throws Exception {
        return java.util.Arrays.stream(features.listInstalledFeatures()).anyMatch(f -> f.getName().equals(feature));
    }

    /** Collects stops of any bundle that is not the module's own: a refresh cascade would show up here. */
    private List<String> watchPlatformBundleRestarts() {
        List<String> restarted = Collections.synchronizedList(new ArrayList<>());
        context.addBundleListener((SynchronousBundleListener) event -> {
            Bundle b = event.getBundle();
            boolean module = "cairn-itest-module".equals(b.getSymbolicName());
            if (!module && (event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED)) {
                restarted.add(b.getSymbolicName());
            }
        });
        return restarted;
    }

    private List<Event> subscribe(String topic) {
        BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        List<Event> received = Collections.synchronizedList(new ArrayList<>());
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, topic);
        context.registerService(EventHandler.class, event -> {
            received.add(event);
            queue.add(event);
        }, props);
        return received;
    }

    private static void awaitEvents(List<Event> events, int count) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (events.size() < count && System.nanoTime() < end) {
            Http.sleep(50);
        }
        assertEquals(events.toString(), count, events.size());
    }

    private String shell(String command) throws Exception {
        return shellWithInput(command, "");
    }

    /** Runs a console command as an administrator at the console would, typing {@code input}. */
    private String shellWithInput(String command, String input) throws Exception {
        return shell(shell, command, input);
    }

    /** Runs a console command in a new session of {@code sessions}, typing {@code input}; answers the output. */
    static String shell(SessionFactory sessions, String command, String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                print, print);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

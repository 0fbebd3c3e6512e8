package org.cairncrm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.cairncrm.platform.api.ModuleRegistry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may do what, on the real distribution: the role x endpoint matrix for admin, manager and clerk, data scope
 * by line of business and team, API tokens, password changes, the change history and layered settings.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessControlIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;
    private static boolean prepared;
    private static Http admin;

    @Inject
    private FeaturesService features;

    @Inject
    private org.osgi.framework.BundleContext context;

    @Inject
    @Filter(timeout = 120_000)
    private ModuleRegistry modules;

    @Inject
    @Filter(timeout = 60_000)
    private SessionFactory sessions;

    private final Http anonymous = new Http(CairnExam.API);

    @Configuration
    public Option[] configuration() {
        return CairnExam.options();
    }

    /**
     * Once per server: the first administrator must replace the initial password before anything else, and the
     * proof module is installed.
     */
    private synchronized Http admin() throws Exception {
        if (prepared) {
            return admin;
        }
        anonymous.await("/health", 200, 120);
        Path data = Path.of(System.getProperty("karaf.data"));
        String initial = FirstAdmin.initialPassword(data);
        Http first = anonymous.as("admin", initial);
        FirstAdmin.awaitSignIn(first);
        Http.Reply refused = first.get("/modules");
        ModuleLifecycleIT.assertErrorBody(refused, 403);
        assertTrue(refused.body(), refused.json().path("message").asText().contains("/api/people/me/password"));
        JsonNode me = first.get("/people/me").json();
        assertTrue(me.toString(), me.path("mustChangePassword").asBoolean());
        assertEquals("admin", me.path("login").asText());
        Http.Reply weak = first.put("/people/me/password",
                "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"short\"}");
        assertEquals(Set.of("newPassword"), fields(weak));
        Http.Reply wrongCurrent = first.put("/people/me/password",
                "{\"currentPassword\":\"not-it-123\",\"newPassword\":\"Good-enough-99\"}");
        assertEquals(Set.of("currentPassword"), fields(wrongCurrent));
        admin = FirstAdmin.signIn(anonymous, data);
        ModuleLifecycleIT.assertErrorBody(first.get("/people/me"), 401);
        assertEquals(200, admin.get("/modules").status());
        assertFalse(admin.get("/people/me").json().path("mustChangePassword").asBoolean());

        features.addRepository(URI.create(System.getProperty("cairn.itest.features")));
        features.installFeature("cairn-itest", EnumSet.noneOf(FeaturesService.Option.class));
        admin.await("/itest/items", 200, 90);
        prepared = true;
        return admin;
    }

    // ---------------------------------------------------------------------------------------------------------
    // the matrix

    /** One guarded call and what each role gets. */
    private record Call(String method, String path, Supplier<String> body, int admin, int manager, int clerk) {
        int expected(String role) {
            return switch (role) {
                case "admin" -> admin;
                case "manager" -> manager;
                default -> clerk;
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    public void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        Http admin = admin();
        long manager = account("mat-manager", role("mat-manager", List.of("itest.item.read", "itest.item.create",
                "itest.item.update", "itest.item.delete", "itest.item.export", "people.employee.read",
                "people.group.read", "people.account.read"), Map.of("itest.item", "TEAM"), List.of()));
        long clerk = account("mat-clerk", role("mat-clerk", List.of("itest.item.read", "itest.item.create",
                "itest.item.update", "people.employee.read"), Map.of("itest.item", "OWN"), List.of()));
        Map<String, Http> roles = new LinkedHashMap<>();
        roles.put("clerk", anonymous.as("mat-clerk", PASSWORD));
        roles.put("manager", anonymous.as("mat-manager", PASSWORD));
        roles.put("admin", admin);

        long employee = created(admin.post("/people/employees", "{\"firstName\":\"Ernest\",\"lastName\":\"Matrix\"}"));
        long lockable = accountFor(employee, "mat-lockable");
        long adminItem = created(admin.post("/itest/items", "{\"name\":\"Admin's item\",\"quantity\":1}"));
        long role = admin.get("/people/roles?filter=name:eq:mat-clerk").json().path("items").get(0)
                .path("id").asLong();
        Supplier<String> none = () -> null;
        String e = "/people/employees/" + employee;
        String item = "/itest/items/" + adminItem;

        List<Call> calls = List.of(
                new Call("GET", "/health", none, 200, 200, 200),
                new Call("GET", "/modules", none, 200, 403, 403),
                new Call("GET", "/openapi.json", none, 200, 200, 200),
                new Call("GET", "/people/me", none, 200, 200, 200),
                new Call("GET", "/people/employees", none, 200, 200, 200),
                new Call("GET", e, none, 200, 200, 200),
                new Call("GET", e + "/history", none, 200, 200, 200),
                new Call("POST", "/people/employees", () -> "{\"firstName\":\"New\",\"lastName\":\"Hire\"}",
                        201, 403, 403),
                new Call("PUT", e, () -> "{\"version\":" + admin.get(e).json().path("version").asLong()
                        + ",\"firstName\":\"Ernest\",\"lastName\":\"Matrix\",\"position\":\"Tester\"}", 200, 403, 403),
                new Call("GET", "/people/accounts", none, 200, 200, 403),
                new Call("GET", "/people/accounts/" + clerk, none, 200, 200, 403),
                new Call("GET", "/people/accounts/" + clerk + "/history", none, 200, 200, 403),
                new Call("POST", "/people/accounts", () -> "{\"login\":\"mat-new-" + System.nanoTime()
                        + "\",\"employeeId\":" + employee + ",\"password\":\"" + PASSWORD + "\"}", 201, 403, 403),
                new Call("PUT", "/people/accounts/" + lockable + "/password",
                        () -> "{\"password\":\"Reset-pass-2026\"}", 204, 403, 403),
                new Call("POST", "/people/accounts/" + lockable + "/lock", () -> "", 200, 403, 403),
                new Call("POST", "/people/accounts/" + lockable + "/unlock", () -> "", 200, 403, 403),
                new Call("GET", "/people/groups", none, 200, 200, 403),
                new Call("POST", "/people/groups", () -> "{\"name\":\"Matrix " + System.nanoTime() + "\"}",
                        201, 403, 403),
                new Call("GET", "/people/roles", none, 200, 403, 403),
                new Call("GET", "/people/roles/" + role, none, 200, 403, 403),
                new Call("GET", "/people/roles/" + role + "/history", none, 200, 403, 403),
                new Call("POST", "/people/roles", () -> "{\"name\":\"mat-r" + (System.nanoTime() % 100000)
                        + "\",\"label\":\"R\"}", 201, 403, 403),
                new Call("GET", "/people/grants", none, 200, 403, 403),
                new Call("POST", "/people/grants", () -> "{\"roleId\":" + role + ",\"accountId\":" + lockable + "}",
                        201, 403, 403),
                new Call("GET", "/people/permissions", none, 200, 403, 403),
                new Call("GET", "/people/lines", none, 200, 200, 200),
                new Call("POST", "/people/lines", () -> "{\"code\":\"mat-" + (System.nanoTime() % 100000)
                        + "\",\"name\":\"Matrix line\"}", 201, 403, 403),
                new Call("GET", "/people/settings", none, 200, 200, 200),
                new Call("PUT", "/people/settings/ui.pageSize/personal", () -> "{\"value\":\"30\"}", 200, 200, 200),
                new Call("PUT", "/people/settings/platform.companyName/global", () -> "{\"value\":\"Matrix Ltd\"}",
                        200, 403, 403),
                new Call("GET", "/people/tokens", none, 200, 200, 200),
                new Call("GET", "/itest/items", none, 200, 200, 200),
                new Call("GET", "/itest/items/count", none, 200, 200, 200),
                new Call("GET", "/itest/items/export", none, 200, 200, 403),
                new Call("POST", "/itest/items", () -> "{\"name\":\"Mine\",\"quantity\":2}", 201, 201, 201),
                new Call("GET", item, none, 200, 404, 404),
                new Call("GET", item + "/history", none, 200, 404, 404),
                new Call("PUT", item, () -> "{\"version\":" + admin.get(item).json().path("version").asLong()
                        + ",\"name\":\"Admin's item\",\"quantity\":3}", 200, 404, 404),
                new Call("DELETE", item, none, 204, 404, 403),
                new Call("DELETE", e, none, 409, 403, 403));

        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            int unauthenticated = call.path().equals("/health") ? 200 : 401;
            Http.Reply reply = send(anonymous, call);
            if (reply.status() != unauthenticated) {
                wrong.add("anonymous " + call + " -> " + reply);
            }
            // (an unknown login: wrong passwords for a real one would lock it, as they should)
            Http.Reply wrongPassword = send(anonymous.as("mat-nobody", "not-the-password-1"), call);
            if (wrongPassword.status() != unauthenticated) {
                wrong.add("wrong password " + call + " -> " + wrongPassword);
            }
        }
        for (Map.Entry<String, Http> caller : roles.entrySet()) {
            for (Call call : calls) {
                Http.Reply reply = send(caller.getValue(), call);
                if (reply.status() != call.expected(caller.getKey())) {
                    wrong.add(caller.getKey() + " " + call + " -> " + reply + " (expected "
                            + call.expected(caller.getKey()) + ")");
                } else if (reply.status() >= 400) {
                    ModuleLifecycleIT.assertErrorBody(reply, reply.status());
                }
            }
        }
        assertEquals("calls answered other than the matrix says:\n" + String.join("\n", wrong), List.of(), wrong);
        assertTrue(manager > 0);
    }

    private static Http.Reply send(Http http, Call call) {
        var request = java.net.http.HttpRequest.newBuilder(http.uri(call.path()));
        String body = call.body().get();
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        var publisher = body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body);
        request.method(call.method(), publisher);
        return http.send(request, null);
    }

    // ---------------------------------------------------------------------------------------------------------
    // data scope

    @Test
    public void everyoneSeesOnlyTheItemsTheirScopeAndLinesAllow() throws Exception {
        Http admin = admin();
        for (String line : List.of("retail", "wholesale")) {
            Http.Reply reply = admin.post("/people/lines", "{\"code\":\"" + line + "\",\"name\":\"" + line + "\"}");
            assertTrue(reply.toString(), reply.status() == 201 || reply.status() == 422);
        }
        List<String> itemKeys = List.of("itest.item.read", "itest.item.create", "itest.item.update",
                "itest.item.export");
        long own = role("ds-own", itemKeys, Map.of("itest.item", "OWN"), List.of());
        long team = role("ds-team", itemKeys, Map.of("itest.item", "TEAM"), List.of());
        long retail = role("ds-retail", itemKeys, Map.of("itest.item", "ALL"), List.of("retail"));
        long c1 = account("ds-c1", own);
        long c2 = account("ds-c2", own);
        long c3 = account("ds-c3", own);
        long lead = account("ds-lead", -1);
        account("ds-retail", retail);
        // the team lead's role comes through a group, not to the account itself
        JsonNode teamA = admin.post("/people/groups", "{\"name\":\"DS Team A\",\"kind\":\"TEAM\",\"memberIds\":["
                + employeeOf(lead) + "," + employeeOf(c1) + "," + employeeOf(c2) + "]}").json();
        admin.post("/people/groups", "{\"name\":\"DS Leads\",\"kind\":\"ADHOC\",\"memberIds\":[" + employeeOf(lead)
                + "]}");
        long leads = admin.get("/people/groups?q=DS%20Leads").json().path("items").get(0).path("id").asLong();
        assertEquals(201, admin.post("/people/grants", "{\"roleId\":" + team + ",\"groupId\":" + leads + "}")
                .status());
        assertTrue(teamA.toString(), teamA.path("id").asLong() > 0);
        assertEquals(201, admin.post("/people/groups", "{\"name\":\"DS Team B\",\"memberIds\":[" + employeeOf(c3)
                + "]}").status());

        Http h1 = anonymous.as("ds-c1", PASSWORD);
        Http h2 = anonymous.as("ds-c2", PASSWORD);
        Http h3 = anonymous.as("ds-c3", PASSWORD);
        Http hLead = anonymous.as("ds-lead", PASSWORD);
        Http hRetail = anonymous.as("ds-retail", PASSWORD);
        long c1Retail = created(h1.post("/itest/items", item("scope c1 retail a", "retail")));
        created(h1.post("/itest/items", item("scope c1 retail b", "retail")));
        created(h1.post("/itest/items", item("scope c1 wholesale", "wholesale")));
        long c2Retail = created(h2.post("/itest/items", item("scope c2 retail", "retail")));
        long c3Wholesale = created(h3.post("/itest/items", item("scope c3 wholesale", "wholesale")));
        long retailOwn = created(hRetail.post("/itest/items", item("scope r retail", "retail")));

        // a line the role does not cover, or no line at all, is refused naming the field
        Http.Reply outside = hRetail.post("/itest/items", item("scope r wholesale", "wholesale"));
        assertEquals(outside.toString(), Set.of("lineOfBusiness"), fields(outside));
        assertEquals(Set.of("lineOfBusiness"), fields(h1.post("/itest/items", item("nowhere", "no-such-line"))));

        assertSees(h1, 3, Set.of("scope c1 retail a", "scope c1 retail b", "scope c1 wholesale"));
        assertSees(h2, 1, Set.of("scope c2 retail"));
        assertSees(h3, 1, Set.of("scope c3 wholesale"));
        assertSees(hLead, 4, Set.of("scope c1 retail a", "scope c1 retail b", "scope c1 wholesale",
                "scope c2 retail"));
        assertSees(hRetail, 4, Set.of("scope c1 retail a", "scope c1 retail b", "scope c2 retail",
                "scope r retail"));

        // a hidden record is 404, exactly like one that does not exist, for get, history, update
        assertEquals(200, h1.get("/itest/items/" + c1Retail).status());
        ModuleLifecycleIT.assertErrorBody(h1.get("/itest/items/" + c2Retail), 404);
        ModuleLifecycleIT.assertErrorBody(h1.get("/itest/items/" + c2Retail + "/history"), 404);
        ModuleLifecycleIT.assertErrorBody(h1.put("/itest/items/" + c2Retail,
                "{\"version\":1,\"name\":\"taken\",\"quantity\":1}"), 404);
        assertEquals(200, hLead.get("/itest/items/" + c2Retail).status());
        ModuleLifecycleIT.assertErrorBody(hLead.get("/itest/items/" + c3Wholesale), 404);
        ModuleLifecycleIT.assertErrorBody(hRetail.get("/itest/items/" + c3Wholesale), 404);
        assertEquals(200, hRetail.get("/itest/items/" + c2Retail + "/history").status());
        assertEquals("scope c2 retail", h2.get("/itest/items/" + c2Retail).json().path("name").asText());
        assertEquals(200, admin.get("/itest/items/" + retailOwn).status());
        // the team lead's rights come through the group: without it, nothing
        assertEquals("[\"ds-team\"]", hLead.get("/people/me").json().path("roles").toString());
        long grant = admin.get("/people/grants?groupId=" + leads).json().path("items").get(0).path("id").asLong();
        assertEquals(204, admin.delete("/people/grants/" + grant).status());
        assertEquals("[]", hLead.get("/people/me").json().path("roles").toString());
        ModuleLifecycleIT.assertErrorBody(hLead.get("/itest/items/count?q=scope"), 403);
        ModuleLifecycleIT.assertErrorBody(hLead.get("/itest/items/" + c2Retail), 403);
    }

    private static void assertSees(Http http, int count, Set<String> names) {
        JsonNode list = http.get("/itest/items?q=scope&size=100").json();
        assertEquals(list.toString(), count, list.path("total").asLong());
        Set<String> listed = new TreeSet<>();
        list.path("items").forEach(i -> listed.add(i.path("name").asText()));
        assertEquals(new TreeSet<>(names), listed);
        assertEquals(count, http.get("/itest/items/count?q=scope").json().path("count").asLong());
        assertEquals(count, http.get("/itest/items/count?q=scope&filter=quantity:ge:0").json().path("count")
                .asLong());
        Http.Reply export = http.get("/itest/items/export?q=scope");
        assertEquals(export.toString(), 200, export.status());
        assertTrue(export.header("Content-Type").startsWith("text/csv"));
        String[] lines = export.body().split("\r\n");
        assertEquals(export.body(), count + 1, lines.length);
        for (String name : names) {
            assertTrue(export.body(), export.body().contains(name));
        }
        JsonNode filtered = http.get("/itest/items?q=scope&filter=lineOfBusiness:eq:wholesale").json();
        filtered.path("items").forEach(i -> assertTrue(names.contains(i.path("name").asText())));
    }

    private static String item(String name, String line) {
        return "{\"name\":\"" + name + "\",\"quantity\":1,\"lineOfBusiness\":\"" + line + "\"}";
    }

    // ---------------------------------------------------------------------------------------------------------
    // tokens and passwords

    @Test
    public void apiTokensWorkUntilRevokedAndAreNeverStoredOrLogged() throws Exception {
        admin();
        account("tok-user", role("tok-role", List.of("people.employee.read"), Map.of(), List.of()));
        account("tok-other", -1);
        Http user = anonymous.as("tok-user", PASSWORD);
        Http.Reply made = user.post("/people/tokens", "{\"name\":\"CI script\"}");
        assertEquals(made.toString(), 201, made.status());
        String token = made.json().path("token").asText();
        long id = made.json().path("id").asLong();
        assertTrue(token, token.startsWith("cairn_") && token.length() > 40);
        assertTrue(token.startsWith(made.json().path("prefix").asText()));

        Http bearer = anonymous.withToken(token);
        assertEquals("tok-user", bearer.get("/people/me").json().path("login").asText());
        assertEquals(200, bearer.get("/people/employees").status());
        ModuleLifecycleIT.assertErrorBody(bearer.get("/modules"), 403);
        ModuleLifecycleIT.assertErrorBody(anonymous.withToken(token + "x").get("/people/me"), 401);
        ModuleLifecycleIT.assertErrorBody(anonymous.withToken("cairn_guessed").get("/people/me"), 401);

        JsonNode listed = user.get("/people/tokens").json();
        assertEquals(1, listed.size());
        assertEquals("CI script", listed.get(0).path("name").asText());
        assertFalse("the list never shows the token", listed.toString().contains(token));
        assertFalse(listed.get(0).path("lastUsedAt").isNull());

        // someone else cannot see or revoke it
        Http other = anonymous.as("tok-other", PASSWORD);
        assertEquals(0, other.get("/people/tokens").json().size());
        ModuleLifecycleIT.assertErrorBody(other.delete("/people/tokens/" + id), 404);
        assertEquals(200, bearer.get("/people/me").status());

        // a past expiry is refused; a lock stops the token; revoking ends it for good
        assertEquals(Set.of("expiresAt"), fields(user.post("/people/tokens",
                "{\"name\":\"old\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}")));
        long account = admin.get("/people/accounts?filter=login:eq:tok-user").json().path("items").get(0)
                .path("id").asLong();
        assertEquals(200, admin.post("/people/accounts/" + account + "/lock", "").status());
        ModuleLifecycleIT.assertErrorBody(bearer.get("/people/me"), 401);
        assertEquals(200, admin.post("/people/accounts/" + account + "/unlock", "").status());
        assertEquals(200, bearer.get("/people/me").status());
        assertEquals(204, user.delete("/people/tokens/" + id).status());
        ModuleLifecycleIT.assertErrorBody(bearer.get("/people/me"), 401);
        assertFalse(user.get("/people/tokens").json().get(0).path("revokedAt").isNull());

        assertNotInFiles(token, Path.of(System.getProperty("karaf.data"), "log"));
        assertNotInFiles(token, Path.of(System.getProperty("karaf.data"), "derby"));
        assertNotInFiles(PASSWORD, Path.of(System.getProperty("karaf.data"), "log"));
    }

    @Test
    public void aPasswordChangeEndsEverySignInMadeWithTheOldPassword() throws Exception {
        Http admin = admin();
        long account = account("pw-user", role("pw-role", List.of("people.employee.read"), Map.of(), List.of()));
        Http old = anonymous.as("pw-user", PASSWORD);
        assertEquals(200, old.get("/people/employees").status());
        assertEquals(200, old.get("/people/employees").status()); // remembered now

        assertEquals(204, old.put("/people/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Changed-pass-2026\"}").status());
        ModuleLifecycleIT.assertErrorBody(old.get("/people/employees"), 401);
        Http renewed = anonymous.as("pw-user", "Changed-pass-2026");
        assertEquals(200, renewed.get("/people/employees").status());

        // an administrator's reset ends it too, and the owner must choose a new one before anything else
        assertEquals(204, admin.put("/people/accounts/" + account + "/password",
                "{\"password\":\"Reset-by-admin-1\"}").status());
        ModuleLifecycleIT.assertErrorBody(renewed.get("/people/employees"), 401);
        Http reset = anonymous.as("pw-user", "Reset-by-admin-1");
        ModuleLifecycleIT.assertErrorBody(reset.get("/people/employees"), 403);
        assertTrue(reset.get("/people/me").json().path("mustChangePassword").asBoolean());
        assertEquals(204, reset.put("/people/me/password",
                "{\"currentPassword\":\"Reset-by-admin-1\",\"newPassword\":\"Own-choice-2026\"}").status());
        assertEquals(200, anonymous.as("pw-user", "Own-choice-2026").get("/people/employees").status());
        assertNotInFiles("Changed-pass-2026", Path.of(System.getProperty("karaf.data"), "log"));
        assertNotInFiles("Reset-by-admin-1", Path.of(System.getProperty("karaf.data"), "log"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // history

    @Test
    public void theHistoryShowsWhoChangedWhatFromWhatToWhat() throws Exception {
        Http admin = admin();
        JsonNode created = admin.post("/itest/items", "{\"name\":\"Ledger\",\"quantity\":5,\"note\":\"blue\"}")
                .json();
        long id = created.path("id").asLong();
        Http.Reply updated = admin.put("/itest/items/" + id, "{\"version\":" + created.path("version").asLong()
                + ",\"name\":\"Ledger 2027\",\"quantity\":6,\"note\":\"blue\"}");
        assertEquals(updated.toString(), 200, updated.status());

        JsonNode trail = admin.get("/itest/items/" + id + "/history").json();
        assertEquals("itest.item", trail.path("recordType").asText());
        Map<String, JsonNode> byField = new LinkedHashMap<>();
        trail.path("changes").forEach(c -> byField.put(c.path("action").asText() + ":" + c.path("field").asText(),
                c));
        JsonNode name = byField.get("UPDATED:name");
        assertNotNull(trail.toString(), name);
        assertEquals("Ledger", name.path("oldValue").asText());
        assertEquals("Ledger 2027", name.path("newValue").asText());
        assertEquals("admin", name.path("by").asText());
        JsonNode quantity = byField.get("UPDATED:quantity");
        assertEquals("5", quantity.path("oldValue").asText());
        assertEquals("6", quantity.path("newValue").asText());
        assertFalse("an unchanged field is not in the history", byField.containsKey("UPDATED:note"));
        assertNotNull(trail.toString(), byField.get("CREATED:null"));
        assertEquals("UPDATED", trail.path("changes").get(0).path("action").asText());

        assertEquals(204, admin.delete("/itest/items/" + id).status());
        JsonNode afterDelete = admin.get("/itest/items/" + id + "/history").json();
        assertEquals("DELETED", afterDelete.path("changes").get(0).path("action").asText());
        ModuleLifecycleIT.assertErrorBody(admin.get("/itest/items/99999999/history"), 404);

        // permission changes and sign-ins are in it too; secrets never are
        long role = role("hist-role", List.of("people.employee.read"), Map.of(), List.of());
        JsonNode current = admin.get("/people/roles/" + role).json();
        assertEquals(200, admin.put("/people/roles/" + role, "{\"version\":" + current.path("version").asLong()
                + ",\"name\":\"hist-role\",\"label\":\"History\",\"permissions\":[\"people.employee.read\","
                + "\"people.group.read\"]}").status());
        long account = account("hist-user", role);
        JsonNode roleTrail = admin.get("/people/roles/" + role + "/history").json();
        assertTrue(roleTrail.toString(), roleTrail.toString().contains("\"field\":\"permissions\",\"oldValue\":"
                + "\"people.employee.read\",\"newValue\":\"people.employee.read, people.group.read\""));
        assertTrue(roleTrail.toString(), roleTrail.toString().contains("\"action\":\"GRANTED\""));
        anonymous.as("hist-user", PASSWORD).get("/people/me");
        anonymous.as("hist-user", "Wrong-pass-2026").get("/people/me");
        String accountTrail = admin.get("/people/accounts/" + account + "/history").body();
        assertTrue(accountTrail, accountTrail.contains("\"action\":\"SIGNED_IN\",\"field\":null"));
        assertTrue(accountTrail, accountTrail.contains("\"action\":\"SIGN_IN_REFUSED\""));
        assertTrue(accountTrail, accountTrail.contains("\"action\":\"GRANTED\",\"field\":\"role\""));
        assertEquals(204, admin.put("/people/accounts/" + account + "/password",
                "{\"password\":\"Reset-by-admin-2\"}").status());
        accountTrail = admin.get("/people/accounts/" + account + "/history").body();
        assertTrue(accountTrail, accountTrail.contains("\"field\":\"passwordHash\",\"oldValue\":\"(hidden)\","
                + "\"newValue\":\"(hidden)\""));
        assertFalse(accountTrail, accountTrail.contains("pbkdf2"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // settings, employees, groups

    @Test
    public void settingsComeFromTheDefaultTheGlobalValueOrYourOwn() throws Exception {
        Http admin = admin();
        account("set-a", role("set-role", List.of("people.employee.read"), Map.of(), List.of()));
        account("set-b", -1);
        Http a = anonymous.as("set-a", PASSWORD);
        Http b = anonymous.as("set-b", PASSWORD);
        JsonNode language = a.get("/people/settings/ui.language").json();
        assertEquals("en", language.path("value").asText());
        assertEquals("DEFAULT", language.path("source").asText());

        assertEquals(200, admin.put("/people/settings/ui.language/global", "{\"value\":\"pl\"}").status());
        assertEquals("pl", a.get("/people/settings/ui.language").json().path("value").asText());
        assertEquals("GLOBAL", a.get("/people/settings/ui.language").json().path("source").asText());
        assertEquals(200, a.put("/people/settings/ui.language/personal", "{\"value\":\"de\"}").status());
        assertEquals("de", a.get("/people/settings/ui.language").json().path("value").asText());
        assertEquals("PERSONAL", a.get("/people/settings/ui.language").json().path("source").asText());
        assertEquals("pl", b.get("/people/settings/ui.language").json().path("value").asText());
        assertEquals(200, a.delete("/people/settings/ui.language/personal").status());
        assertEquals("pl", a.get("/people/settings/ui.language").json().path("value").asText());
        assertEquals(200, admin.delete("/people/settings/ui.language/global").status());
        assertEquals("en", b.get("/people/settings/ui.language").json().path("value").asText());

        assertEquals(Set.of("value"), fields(a.put("/people/settings/ui.pageSize/personal", "{\"value\":\"1000\"}")));
        assertEquals(Set.of("value"), fields(a.put("/people/settings/ui.language/personal", "{\"value\":\"xx\"}")));
        assertEquals(Set.of("key"), fields(a.put("/people/settings/platform.companyName/personal",
                "{\"value\":\"Mine\"}")));
        ModuleLifecycleIT.assertErrorBody(a.put("/people/settings/platform.companyName/global",
                "{\"value\":\"Mine\"}"), 403);
        ModuleLifecycleIT.assertErrorBody(a.get("/people/settings/no.such"), 404);
        JsonNode all = a.get("/people/settings").json();
        assertTrue(all.size() >= 6);
    }

    @Test
    public void employeesAndGroupsAreKeptWithClearErrors() throws Exception {
        Http admin = admin();
        Http.Reply bad = admin.post("/people/employees", "{\"firstName\":\" \",\"lastName\":\"X\",\"email\":\"nope\","
                + "\"nameDay\":\"13-45\"}");
        assertEquals(Set.of("firstName", "email", "nameDay"), fields(bad));
        long boss = created(admin.post("/people/employees", "{\"firstName\":\"Bea\",\"lastName\":\"Boss\","
                + "\"email\":\"bea@example.com\",\"department\":\"Sales\",\"nameDay\":\"06-24\"}"));
        long worker = created(admin.post("/people/employees", "{\"firstName\":\"Will\",\"lastName\":\"Worker\","
                + "\"supervisorId\":" + boss + "}"));
        JsonNode bossNow = admin.get("/people/employees/" + boss).json();
        Http.Reply loop = admin.put("/people/employees/" + boss, "{\"version\":" + bossNow.path("version").asLong()
                + ",\"firstName\":\"Bea\",\"lastName\":\"Boss\",\"supervisorId\":" + worker + "}");
        assertEquals(Set.of("supervisorId"), fields(loop));
        ModuleLifecycleIT.assertErrorBody(admin.delete("/people/employees/" + boss), 409);
        assertEquals(1, admin.get("/people/employees?q=bea@example").json().path("total").asLong());

        Http.Reply group = admin.post("/people/groups", "{\"name\":\"Night shift\",\"kind\":\"ADHOC\","
                + "\"memberIds\":[" + boss + "," + worker + "]}");
        assertEquals(group.toString(), 201, group.status());
        assertEquals(2, group.json().path("memberIds").size());
        assertEquals(Set.of("name"), fields(admin.post("/people/groups", "{\"name\":\"night SHIFT\"}")));
        assertEquals(Set.of("memberIds"), fields(admin.post("/people/groups", "{\"name\":\"Ghosts\","
                + "\"memberIds\":[99999999]}")));
        assertEquals(Set.of("kind"), fields(admin.post("/people/groups", "{\"name\":\"Odd\",\"kind\":\"CLUB\"}")));
        assertEquals(Set.of("permissions"), fields(admin.post("/people/roles",
                "{\"name\":\"bad-keys\",\"label\":\"Bad\",\"permissions\":[\"no.such.key\"]}")));

        String added = shell("cairn:employee-add --department Support Sam Shell");
        assertTrue(added, added.contains("Employee Sam Shell added"));
        String listed = shell("cairn:employee-list Shell");
        assertTrue(listed, listed.contains("Sam Shell") && listed.contains("Support"));
        long sam = admin.get("/people/employees?q=Shell").json().path("items").get(0).path("id").asLong();
        assertTrue(shell("cairn:employee-deactivate " + sam).contains("no longer active"));
        assertFalse(admin.get("/people/employees/" + sam).json().path("active").asBoolean());
    }

    // ---------------------------------------------------------------------------------------------------------
    // console: a module's view leaves nothing behind

    @Test
    public void aRemovedModuleViewLeavesNoClassOfItsBundleInMemory() throws Exception {
        admin();
        features.installFeature("cairn-itest-ui", EnumSet.noneOf(FeaturesService.Option.class));
        org.osgi.framework.Bundle ui = null;
        for (int i = 0; i < 120 && ui == null; i++) {
            for (org.osgi.framework.Bundle b : context.getBundles()) {
                if ("cairn-itest-ui".equals(b.getSymbolicName()) && b.getState() == org.osgi.framework.Bundle.ACTIVE
                        && b.getRegisteredServices() != null) {
                    ui = b;
                }
            }
            Http.sleep(250);
        }
        assertNotNull("the module's console bundle runs and offers its view", ui);
        java.lang.ref.WeakReference<ClassLoader> loader = new java.lang.ref.WeakReference<>(
                ui.adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader());
        ui = null;
        features.uninstallFeature("cairn-itest-ui", EnumSet.noneOf(FeaturesService.Option.class));
        for (int i = 0; i < 40 && loader.get() != null; i++) {
            System.gc();
            Http.sleep(250);
        }
        assertTrue("the uninstalled module's classes are still held in memory", loader.get() == null);
        assertEquals(200, admin().get("/itest/items").status());
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private long role(String name, List<String> permissions, Map<String, String> scopes, List<String> lines)
            throws Exception {
        return accounts().role(name, permissions, scopes, lines);
    }

    private long account(String login, long role) throws Exception {
        return accounts().account(login, role);
    }

    private long accountFor(long employee, String login) throws Exception {
        return accounts().accountFor(employee, login);
    }

    private long employeeOf(long account) throws Exception {
        return accounts().employeeOf(account);
    }

    private TestAccounts accounts() throws Exception {
        return new TestAccounts(admin(), anonymous);
    }

    private static long created(Http.Reply reply) {
        return TestAccounts.created(reply);
    }

    private String shell(String command) throws Exception {
        return ModuleLifecycleIT.shell(sessions, command, "");
    }

    private static Set<String> fields(Http.Reply reply) {
        return TestAccounts.fields(reply);
    }

    private static void assertNotInFiles(String secret, Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        byte[] needle = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                assertFalse(secret + " found in " + file, indexOf(content, needle) >= 0);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package org.cairncrm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.NextAction;
import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
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
 * The journal module on the real distribution: a contact case opened for a customer with its next action, steps
 * recorded with the next action asked each time, the overdue list, closing, and the rules of the case form.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JournalIT {

    private static Http admin;

    @Inject
    @Filter(timeout = 120_000)
    private ModuleRegistry modules;

    @Inject
    @Filter(timeout = 120_000)
    private Journal journal;

    @Inject
    private javax.transaction.TransactionManager transactions;

    @Inject
    private org.apache.karaf.features.FeaturesService features;

    @Inject
    private org.osgi.framework.BundleContext context;

    private final Http anonymous = new Http(CairnExam.API);

    @Configuration
    public Option[] configuration() {
        return CairnExam.options();
    }

    private synchronized Http admin() throws Exception {
        if (admin == null) {
            anonymous.await("/health", 200, 120);
            admin = FirstAdmin.signIn(anonymous, Path.of(System.getProperty("karaf.data")));
            admin.await("/journal/cases", 200, 90);
        }
        return admin;
    }

    @Test
    public void aLeadGetsStepsAndNextActionsAndShowsWhenOverdue() throws Exception {
        Http admin = admin();
        long company = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Journal Meble Łódź\"}"));
        long person = TestAccounts.created(admin.post("/contacts/representatives", "{\"firstName\":\"Ewa\","
                + "\"lastName\":\"Journalska\",\"employments\":[{\"companyId\":" + company + "}]}"));
        LocalDate today = LocalDate.now();

        // an open case needs a topic, a company one sees and its next action
        assertEquals(Set.of("topic", "companyId", "nextAction", "fields.product"), TestAccounts.fields(admin.post(
                "/journal/cases", "{\"type\":\"lead\"}")));
        // the lead's entry form: product required, budget a number, source one of its choices
        assertEquals(Set.of("fields.budget", "fields.source", "fields.colour"), TestAccounts.fields(admin.post(
                "/journal/cases", "{\"topic\":\"x\",\"companyId\":" + company + ",\"type\":\"lead\",\"fields\":{"
                        + "\"product\":\"Chairs\",\"budget\":\"lots\",\"source\":\"tv\",\"colour\":\"red\"},"
                        + "\"nextAction\":{\"what\":\"call\",\"due\":\"" + today + "\"}}")));
        assertEquals(Set.of("companyId"), TestAccounts.fields(admin.post("/journal/cases", "{\"topic\":\"x\","
                + "\"companyId\":987654,\"type\":\"other\",\"nextAction\":{\"what\":\"call\",\"due\":\"" + today + "\"}}")));
        assertEquals(Set.of("type", "priority", "nextAction.due"), TestAccounts.fields(admin.post("/journal/cases",
                "{\"topic\":\"x\",\"companyId\":" + company + ",\"type\":\"gossip\",\"priority\":\"extreme\","
                        + "\"nextAction\":{\"what\":\"call\"}}")));

        Http.Reply opened = admin.post("/journal/cases", "{\"topic\":\"New showroom furniture\",\"companyId\":"
                + company + ",\"representativeId\":" + person + ",\"type\":\"lead\",\"fields\":{\"product\":\"Chairs\","
                + "\"budget\":\"12 500,50\"},\"nextAction\":{\"what\":"
                + "\"First call\",\"due\":\"" + today.plusDays(1) + "\"}}");
        long lead = TestAccounts.created(opened);
        JsonNode card = opened.json();
        assertEquals("Journal Meble Łódź", card.path("companyName").asText());
        assertEquals("open", card.path("status").asText());
        assertEquals("NORMAL", card.path("priority").asText());
        assertTrue(card.path("nextAction").path("byEmployeeId").asLong() > 0);
        assertEquals("12500.50", card.path("fields").path("budget").asText());
        assertEquals("new", card.path("stage").asText());

        // a phone call is recorded; the next action is asked with it
        assertEquals(Set.of("next"), TestAccounts.fields(admin.post("/journal/cases/" + lead + "/steps",
                "{\"step\":{\"kind\":\"call\",\"notes\":\"Interested\"}}")));
        assertEquals(Set.of("step.kind"), TestAccounts.fields(admin.post("/journal/cases/" + lead + "/steps",
                "{\"step\":{\"kind\":\"smoke-signal\"},\"next\":{\"what\":\"x\",\"due\":\"" + today + "\"}}")));
        Http.Reply call = admin.post("/journal/cases/" + lead + "/steps", "{\"step\":{\"kind\":\"call\","
                + "\"withRepresentativeId\":" + person + ",\"notes\":\"Wants 40 chairs\",\"outcome\":\"offer "
                + "asked\"},\"next\":{\"what\":\"Send the offer\",\"due\":\"" + today.minusDays(1) + "\"}}");
        assertEquals(call.toString(), 201, call.status());
        JsonNode steps = admin.get("/journal/cases/" + lead + "/steps").json();
        assertEquals(1, steps.path("total").asInt());
        assertEquals("Wants 40 chairs", steps.path("items").get(0).path("notes").asText());
        JsonNode afterCall = admin.get("/journal/cases/" + lead).json();
        assertEquals("Send the offer", afterCall.path("nextAction").path("what").asText());
        assertEquals("the call moved the lead to its stage 'contacted'", "contacted", afterCall.path("stage").asText());

        // the overdue list: next action due before today
        List<Long> overdue = ids(admin.get("/journal/cases?filter=nextActionDue:lt:" + today));
        assertTrue(overdue.toString(), overdue.contains(lead));
        assertEquals(List.of(lead), ids(admin.get("/journal/cases?q=showroom%20lodz")));
        assertEquals(List.of(lead), ids(admin.get("/journal/cases?filter=companyId:eq:" + company)));

        // won: closed, no next action needed; a stale version is a conflict
        JsonNode now = admin.get("/journal/cases/" + lead).json();
        assertEquals(409, admin.put("/journal/cases/" + lead, "{\"version\":" + (now.path("version").asLong() + 5)
                + ",\"topic\":\"New showroom furniture\",\"companyId\":" + company + ",\"status\":\"won\","
                + "\"fields\":{\"product\":\"Chairs\"}}").status());
        Http.Reply won = admin.put("/journal/cases/" + lead, "{\"version\":" + now.path("version").asLong()
                + ",\"topic\":\"New showroom furniture\",\"companyId\":" + company + ",\"status\":\"won\","
                + "\"fields\":{\"product\":\"Chairs\"}}");
        assertEquals(won.toString(), 200, won.status());
        assertFalse(won.json().path("closedAt").isNull());
        assertFalse(ids(admin.get("/journal/cases?filter=nextActionDue:lt:" + today)).contains(lead));
        Http.Reply afterClose = admin.post("/journal/cases/" + lead + "/steps", "{\"step\":{\"kind\":\"note\","
                + "\"notes\":\"Delivered\"}}");
        assertEquals(afterClose.toString(), 201, afterClose.status());
        assertEquals(404, admin.get("/journal/cases/987654").status());
    }

    @Test
    public void aClerkSeesOnlyTheCasesTheirScopeAllows() throws Exception {
        Http admin = admin();
        TestAccounts people = new TestAccounts(admin, anonymous);
        long role = people.role("jr-clerk", List.of("journal.case.read", "journal.case.create",
                "contacts.company.read"), Map.of("journal.case", "OWN", "contacts.company", "ALL"), List.of());
        people.account("jr-clerk", role);
        Http clerk = anonymous.as("jr-clerk", TestAccounts.PASSWORD);
        long company = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Journal Scope Works\"}"));
        String due = LocalDate.now().plusDays(3).toString();
        long theirs = TestAccounts.created(admin.post("/journal/cases", "{\"topic\":\"Admin's case\",\"type\":\"other\",\"companyId\":"
                + company + ",\"nextAction\":{\"what\":\"Call\",\"due\":\"" + due + "\"}}"));
        long mine = TestAccounts.created(clerk.post("/journal/cases", "{\"topic\":\"Clerk's case\",\"type\":\"other\",\"companyId\":"
                + company + ",\"nextAction\":{\"what\":\"Call\",\"due\":\"" + due + "\"}}"));
        assertEquals(List.of(mine), ids(clerk.get("/journal/cases?filter=companyId:eq:" + company)));
        assertEquals(404, clerk.get("/journal/cases/" + theirs).status());
        assertEquals(403, clerk.post("/journal/cases/" + mine + "/steps", "{\"step\":{\"kind\":\"call\"},"
                + "\"next\":{\"what\":\"x\",\"due\":\"" + due + "\"}}").status());
        // the company's journal and its printed history show the clerk only their own case
        Http.Reply journal = clerk.get("/journal/entries?companyId=" + company);
        assertEquals(journal.toString(), 200, journal.status());
        journal.json().forEach(e -> assertEquals(mine, e.path("caseId").asLong()));
        assertEquals(2, journal.json().size());
        String print = clerk.get("/journal/customer-history/" + company).body();
        assertTrue(print, print.contains("Clerk&#39;s case"));
        assertFalse(print, print.contains("Admin&#39;s case"));
        // lists are not theirs to edit
        assertEquals(403, clerk.put("/journal/settings/types/visit", "{\"label\":\"Visit\"}").status());
    }

    @Test
    public void aStrictPipelineMovesByStepsAndRefusesSkippingStages() throws Exception {
        Http admin = admin();
        long company = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Pipeline Tables\"}"));
        String due = LocalDate.now().plusDays(2).toString();
        String next = ",\"next\":{\"what\":\"Follow up\",\"due\":\"" + due + "\"}}";
        // a sale's pipeline is strict: first call, meeting, offer, contract
        assertEquals(Set.of("stage"), TestAccounts.fields(admin.post("/journal/cases", "{\"topic\":\"Skip\","
                + "\"type\":\"sale\",\"stage\":\"offer\",\"companyId\":" + company + ",\"nextAction\":{\"what\":"
                + "\"Call\",\"due\":\"" + due + "\"}}")));
        Http.Reply opened = admin.post("/journal/cases", "{\"topic\":\"Forty tables\",\"type\":\"sale\","
                + "\"companyId\":" + company + ",\"nextAction\":{\"what\":\"Call\",\"due\":\"" + due + "\"}}");
        long sale = TestAccounts.created(opened);
        assertEquals("first-call", opened.json().path("stage").asText());

        // an offer sent before the meeting would skip it: refused, nothing recorded
        Http.Reply early = admin.post("/journal/cases/" + sale + "/steps", "{\"step\":{\"kind\":\"offer-sent\"}"
                + next);
        assertEquals(early.toString(), Set.of("step.kind"), TestAccounts.fields(early));
        assertTrue(early.body(), early.body().contains("Meeting"));
        assertEquals(0, admin.get("/journal/cases/" + sale + "/steps").json().path("total").asInt());
        long version = admin.get("/journal/cases/" + sale).json().path("version").asLong();
        assertEquals(Set.of("stage"), TestAccounts.fields(admin.post("/journal/cases/" + sale + "/stage",
                "{\"version\":" + version + ",\"stage\":\"offer\"}")));
        assertEquals(Set.of("stage"), TestAccounts.fields(admin.post("/journal/cases/" + sale + "/stage",
                "{\"version\":" + version + ",\"stage\":\"heaven\"}")));

        // the meeting moves it on by itself; the offer is then a step away, by hand
        assertEquals(201, admin.post("/journal/cases/" + sale + "/steps", "{\"step\":{\"kind\":\"meeting\"}" + next)
                .status());
        JsonNode met = admin.get("/journal/cases/" + sale).json();
        assertEquals("meeting", met.path("stage").asText());
        assertEquals(409, admin.post("/journal/cases/" + sale + "/stage", "{\"version\":" + version
                + ",\"stage\":\"offer\"}").status());
        Http.Reply moved = admin.post("/journal/cases/" + sale + "/stage", "{\"version\":"
                + met.path("version").asLong() + ",\"stage\":\"offer\"}");
        assertEquals(moved.toString(), 200, moved.status());
        assertEquals("offer", moved.json().path("stage").asText());
        // back is allowed
        Http.Reply back = admin.post("/journal/cases/" + sale + "/stage", "{\"version\":"
                + moved.json().path("version").asLong() + ",\"stage\":\"meeting\"}");
        assertEquals(back.toString(), 200, back.status());

        JsonNode history = admin.get("/journal/cases/" + sale + "/stages").json();
        List<String> stages = new ArrayList<>();
        history.forEach(h -> stages.add(h.path("fromStage").asText("") + ">" + h.path("toStage").asText()));
        assertEquals(List.of(">first-call", "first-call>meeting", "meeting>offer", "offer>meeting"), stages);
        assertFalse("the automatic move names its step", history.get(1).path("stepId").isNull());
        assertTrue("a move by hand has no step", history.get(2).path("stepId").isNull());

        // a lead's pipeline is not strict: the offer sent takes it straight to 'offer'
        long lead = TestAccounts.created(admin.post("/journal/cases", "{\"topic\":\"Quick offer\",\"type\":"
                + "\"lead\",\"fields\":{\"product\":\"Desks\"},\"companyId\":" + company + ",\"nextAction\":{"
                + "\"what\":\"Call\",\"due\":\"" + due + "\"}}"));
        assertEquals(201, admin.post("/journal/cases/" + lead + "/steps", "{\"step\":{\"kind\":\"offer-sent\"}"
                + next).status());
        assertEquals("offer", admin.get("/journal/cases/" + lead).json().path("stage").asText());
    }

    @Test
    public void aCustomersJournalFiltersAndPrints() throws Exception {
        Http admin = admin();
        long company = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Journal <Print> & Co\"}"));
        long person = TestAccounts.created(admin.post("/contacts/representatives", "{\"firstName\":\"Olga\","
                + "\"lastName\":\"Printer\",\"employments\":[{\"companyId\":" + company + "}]}"));
        LocalDate today = LocalDate.now();
        long support = TestAccounts.created(admin.post("/journal/cases", "{\"topic\":\"Broken chair\",\"type\":"
                + "\"support\",\"fields\":{\"product\":\"Chair X\",\"severity\":\"high\"},\"companyId\":"
                + company + ",\"nextAction\":{\"what\":\"Send a technician\",\"due\":\"" + today.minusDays(2)
                + "\"}}"));
        long other = TestAccounts.created(admin.post("/journal/cases", "{\"topic\":\"Christmas cards\",\"type\":"
                + "\"other\",\"companyId\":" + company + ",\"nextAction\":{\"what\":\"Post them\",\"due\":\""
                + today.plusDays(5) + "\"}}"));
        assertEquals(201, admin.post("/journal/cases/" + support + "/steps", "{\"step\":{\"kind\":\"call\","
                + "\"withRepresentativeId\":" + person + ",\"notes\":\"Leg <loose>\"},\"next\":{\"what\":"
                + "\"Send a technician\",\"due\":\"" + today.minusDays(1) + "\"}}").status());

        JsonNode all = admin.get("/journal/entries?companyId=" + company).json();
        List<String> kinds = new ArrayList<>();
        all.forEach(e -> kinds.add(e.path("entry").asText()));
        assertTrue(kinds.toString(), kinds.containsAll(List.of("CASE", "STEP", "STAGE", "NEXT")));
        for (int i = 1; i < all.size(); i++) {
            assertFalse("newest first", java.time.Instant.parse(all.get(i - 1).path("at").asText())
                    .isBefore(java.time.Instant.parse(all.get(i).path("at").asText())));
        }
        JsonNode outstanding = admin.get("/journal/entries?companyId=" + company + "&outstanding=true").json();
        assertEquals(2, outstanding.size());
        assertEquals("soonest first", support, outstanding.get(0).path("caseId").asLong());
        assertEquals(today.minusDays(1).toString(), outstanding.get(0).path("due").asText());
        admin.get("/journal/entries?companyId=" + company + "&type=other").json()
                .forEach(e -> assertEquals(other, e.path("caseId").asLong()));
        JsonNode withOlga = admin.get("/journal/entries?representativeId=" + person).json();
        assertTrue(withOlga.size() > 0);
        withOlga.forEach(e -> assertEquals(support, e.path("caseId").asLong()));
        assertEquals(0, admin.get("/journal/entries?companyId=" + company + "&from=" + today.plusYears(1)).json()
                .size());
        assertEquals(0, admin.get("/journal/entries?companyId=" + company + "&employeeId=987654").json().size());
        assertEquals(Set.of("from"), TestAccounts.fields(admin.get("/journal/entries?companyId=" + company
                + "&from=yesterday")));
        assertEquals(Set.of("companyId"), TestAccounts.fields(admin.get("/journal/entries")));

        Http.Reply print = admin.get("/journal/customer-history/" + company);
        assertEquals(200, print.status());
        assertTrue(print.header("Content-Type"), print.header("Content-Type").startsWith("text/html"));
        String html = print.body();
        assertTrue(html, html.contains("Journal &lt;Print&gt; &amp; Co"));
        assertTrue(html, html.contains("Leg &lt;loose&gt;"));
        assertTrue(html, html.contains("Olga Printer"));
        assertTrue(html, html.contains("Severity: high"));
        assertTrue("the overdue next action is marked", html.contains("(overdue)"));
        assertTrue(html, html.indexOf("Christmas cards") < html.indexOf("Broken chair"));
        assertEquals(404, admin.get("/journal/customer-history/987654").status());
    }

    @Test
    public void adminsExtendTheFormsAndListsWithoutCode() throws Exception {
        Http admin = admin();
        long company = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Form Makers\"}"));
        String due = LocalDate.now().plusDays(1).toString();
        Http.Reply field = admin.put("/journal/settings/fields/decision-maker?type=complaint", "{\"label\":"
                + "\"Decision maker\",\"fieldKind\":\"TEXT\",\"required\":true}");
        assertEquals(field.toString(), 200, field.status());
        assertEquals(Set.of("options"), TestAccounts.fields(admin.put("/journal/settings/fields/mood?type=complaint",
                "{\"label\":\"Mood\",\"fieldKind\":\"CHOICE\"}")));
        assertEquals(Set.of("code"), TestAccounts.fields(admin.put("/journal/settings/steps/Bad%20Code",
                "{\"label\":\"x\"}")));
        assertEquals(Set.of("fields.decision-maker"), TestAccounts.fields(admin.post("/journal/cases",
                "{\"topic\":\"Scratched\",\"type\":\"complaint\",\"companyId\":" + company + ",\"nextAction\":{"
                        + "\"what\":\"Call\",\"due\":\"" + due + "\"}}")));
        assertEquals(201, admin.post("/journal/cases", "{\"topic\":\"Scratched\",\"type\":\"complaint\","
                + "\"fields\":{\"decision-maker\":\"Mr Smith\"},\"companyId\":" + company + ",\"nextAction\":{"
                + "\"what\":\"Call\",\"due\":\"" + due + "\"}}").status());
        // a new step kind and type with its own pipeline
        assertEquals(200, admin.put("/journal/settings/steps/site-visit", "{\"label\":\"Site visit\"}").status());
        assertEquals(200, admin.put("/journal/settings/types/install", "{\"label\":\"Installation\"}").status());
        assertEquals(200, admin.put("/journal/settings/stages/planned?type=install", "{\"label\":\"Planned\"}")
                .status());
        assertEquals(200, admin.put("/journal/settings/stages/visited?type=install", "{\"label\":\"Visited\","
                + "\"enteredByStep\":\"site-visit\"}").status());
        long install = TestAccounts.created(admin.post("/journal/cases", "{\"topic\":\"Kitchen\",\"type\":"
                + "\"install\",\"companyId\":" + company + ",\"nextAction\":{\"what\":\"Visit\",\"due\":\"" + due
                + "\"}}"));
        assertEquals(201, admin.post("/journal/cases/" + install + "/steps", "{\"step\":{\"kind\":\"site-visit\"},"
                + "\"next\":{\"what\":\"Install\",\"due\":\"" + due + "\"}}").status());
        assertEquals("visited", admin.get("/journal/cases/" + install).json().path("stage").asText());
        JsonNode stages = admin.get("/journal/settings/stages?type=install").json();
        assertEquals(2, stages.size());
        assertEquals("planned", stages.get(0).path("code").asText());
        // a type in use stays; an unused one goes
        assertEquals(409, admin.delete("/journal/settings/types/install").status());
        assertEquals(200, admin.put("/journal/settings/types/unused", "{\"label\":\"Unused\"}").status());
        assertEquals(204, admin.delete("/journal/settings/types/unused").status());
        assertEquals(Set.of("kind"), TestAccounts.fields(admin.get("/journal/settings/colours")));
    }

    @Test
    public void caseEventsArePostedAfterCommitAndNeverForARollback() throws Exception {
        Http admin = admin();
        long company = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Event Listeners\"}"));
        java.util.concurrent.BlockingQueue<org.osgi.service.event.Event> heard =
                new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.Hashtable<String, Object> topics = new java.util.Hashtable<>();
        topics.put(org.osgi.service.event.EventConstants.EVENT_TOPIC, new String[] {"cairn/journal/*"});
        var subscription = context.registerService(org.osgi.service.event.EventHandler.class, heard::add, topics);
        try {
            CaseData open = CaseData.open("Event case", company, "other", new NextAction("Call", null,
                    LocalDate.now().plusDays(1)));
            Identity tester = new Tester();
            // committed: heard only after the commit
            transactions.begin();
            long id = Access.runAs(tester, () -> journal.create(open)).id();
            assertNull("nothing is posted before the commit", heard.poll(1, java.util.concurrent.TimeUnit.SECONDS));
            transactions.commit();
            org.osgi.service.event.Event created = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertNotNull("the case's creation is posted after the commit", created);
            assertEquals("cairn/journal/Case/CREATED", created.getTopic());
            assertEquals(id, ((Number) created.getProperty(org.cairncrm.platform.api.EventTopics.ID)).longValue());
            heard.clear();

            // a step over REST: the step, the case and its stage
            assertEquals(201, admin.post("/journal/cases/" + id + "/steps", "{\"step\":{\"kind\":\"note\"},"
                    + "\"next\":{\"what\":\"x\",\"due\":\"" + LocalDate.now() + "\"}}").status());
            List<String> topicsHeard = new ArrayList<>();
            for (org.osgi.service.event.Event e; (e = heard.poll(3, java.util.concurrent.TimeUnit.SECONDS)) != null; ) {
                topicsHeard.add(e.getTopic());
            }
            assertTrue(topicsHeard.toString(), topicsHeard.containsAll(List.of("cairn/journal/Step/CREATED",
                    "cairn/journal/Case/UPDATED")));

            // rolled back: never heard, never stored
            transactions.begin();
            long lost = Access.runAs(tester, () -> journal.create(open)).id();
            transactions.rollback();
            assertNull("a rolled-back case is never posted", heard.poll(3, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(404, admin.get("/journal/cases/" + lost).status());
        } finally {
            subscription.unregister();
        }
    }

    @Test
    public void theJournalTabOfCompanyCardsComesAndGoesWithTheModule() throws Exception {
        Http admin = admin();
        assertEquals("the journal tab of company and representative cards",
                Set.of("contacts.company", "contacts.representative"), journalTabs());
        features.uninstallFeature("cairn-journal-ui", EnumSet.noneOf(FeaturesService.Option.class));
        try {
            assertEquals(Set.of(), journalTabs());
            assertEquals("the journal itself still runs", 200, admin.get("/journal/cases").status());
        } finally {
            features.installFeature("cairn-journal-ui", EnumSet.noneOf(FeaturesService.Option.class));
        }
        for (int i = 0; i < 120 && journalTabs().isEmpty(); i++) {
            Http.sleep(250);
        }
        assertEquals(Set.of("contacts.company", "contacts.representative"), journalTabs());
    }

    /** The record types whose cards get a tab from the journal's console bundle now. */
    private Set<String> journalTabs() throws Exception {
        Set<String> types = new java.util.TreeSet<>();
        var refs = context.getAllServiceReferences("org.cairncrm.console.RecordTabContribution", null);
        for (var ref : refs == null ? new org.osgi.framework.ServiceReference<?>[0] : refs) {
            if ("cairn-journal-ui".equals(ref.getBundle().getSymbolicName())) {
                Object tab = context.getService(ref);
                try {
                    types.add((String) tab.getClass().getMethod("recordType").invoke(tab));
                } finally {
                    context.ungetService(ref);
                }
            }
        }
        return types;
    }

    /** An administrator calling the services in the test's own transaction. */
    private static final class Tester implements Identity {
        @Override
        public String login() {
            return "admin";
        }

        @Override
        public long employeeId() {
            return 1;
        }

        @Override
        public boolean mustChangePassword() {
            return false;
        }

        @Override
        public Set<String> permissions() {
            return Set.of(org.cairncrm.platform.api.access.Permission.EVERYTHING);
        }

        @Override
        public org.cairncrm.platform.api.access.RecordScope scope(String recordType) {
            return org.cairncrm.platform.api.access.RecordScope.everything();
        }

        @Override
        public Set<String> linesOfBusiness() {
            return Set.of("general");
        }
    }

    private static List<Long> ids(Http.Reply page) {
        assertEquals(page.toString(), 200, page.status());
        List<Long> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}

package org.cairncrm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

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
        assertEquals(Set.of("topic", "companyId", "nextAction"), TestAccounts.fields(admin.post("/journal/cases",
                "{\"type\":\"lead\"}")));
        assertEquals(Set.of("companyId"), TestAccounts.fields(admin.post("/journal/cases", "{\"topic\":\"x\","
                + "\"companyId\":987654,\"nextAction\":{\"what\":\"call\",\"due\":\"" + today + "\"}}")));
        assertEquals(Set.of("type", "priority", "nextAction.due"), TestAccounts.fields(admin.post("/journal/cases",
                "{\"topic\":\"x\",\"companyId\":" + company + ",\"type\":\"gossip\",\"priority\":\"extreme\","
                        + "\"nextAction\":{\"what\":\"call\"}}")));

        Http.Reply opened = admin.post("/journal/cases", "{\"topic\":\"New showroom furniture\",\"companyId\":"
                + company + ",\"representativeId\":" + person + ",\"type\":\"lead\",\"nextAction\":{\"what\":"
                + "\"First call\",\"due\":\"" + today.plusDays(1) + "\"}}");
        long lead = TestAccounts.created(opened);
        JsonNode card = opened.json();
        assertEquals("Journal Meble Łódź", card.path("companyName").asText());
        assertEquals("open", card.path("status").asText());
        assertEquals("NORMAL", card.path("priority").asText());
        assertTrue(card.path("nextAction").path("byEmployeeId").asLong() > 0);

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
        assertEquals("Send the offer", admin.get("/journal/cases/" + lead).json().path("nextAction").path("what")
                .asText());

        // the overdue list: next action due before today
        List<Long> overdue = ids(admin.get("/journal/cases?filter=nextActionDue:lt:" + today));
        assertTrue(overdue.toString(), overdue.contains(lead));
        assertEquals(List.of(lead), ids(admin.get("/journal/cases?q=showroom%20lodz")));
        assertEquals(List.of(lead), ids(admin.get("/journal/cases?filter=companyId:eq:" + company)));

        // won: closed, no next action needed; a stale version is a conflict
        JsonNode now = admin.get("/journal/cases/" + lead).json();
        assertEquals(409, admin.put("/journal/cases/" + lead, "{\"version\":" + (now.path("version").asLong() + 5)
                + ",\"topic\":\"New showroom furniture\",\"companyId\":" + company + ",\"status\":\"won\"}").status());
        Http.Reply won = admin.put("/journal/cases/" + lead, "{\"version\":" + now.path("version").asLong()
                + ",\"topic\":\"New showroom furniture\",\"companyId\":" + company + ",\"status\":\"won\"}");
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
        long theirs = TestAccounts.created(admin.post("/journal/cases", "{\"topic\":\"Admin's case\",\"companyId\":"
                + company + ",\"nextAction\":{\"what\":\"Call\",\"due\":\"" + due + "\"}}"));
        long mine = TestAccounts.created(clerk.post("/journal/cases", "{\"topic\":\"Clerk's case\",\"companyId\":"
                + company + ",\"nextAction\":{\"what\":\"Call\",\"due\":\"" + due + "\"}}"));
        assertEquals(List.of(mine), ids(clerk.get("/journal/cases?filter=companyId:eq:" + company)));
        assertEquals(404, clerk.get("/journal/cases/" + theirs).status());
        assertEquals(403, clerk.post("/journal/cases/" + mine + "/steps", "{\"step\":{\"kind\":\"call\"},"
                + "\"next\":{\"what\":\"x\",\"due\":\"" + due + "\"}}").status());
    }

    private static List<Long> ids(Http.Reply page) {
        assertEquals(page.toString(), 200, page.status());
        List<Long> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}

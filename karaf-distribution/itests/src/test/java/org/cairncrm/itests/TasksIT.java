package org.cairncrm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.cairncrm.tasks.TaskDuties;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tasks module on the real distribution: claiming and approvals, delegation for a period returning when it ends,
 * recurring tasks across month ends, process templates, escalation made once (also after a restart of the module),
 * and the filters of one's own list.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TasksIT {

    private static Http admin;
    private static People people;

    @Inject
    @Filter(timeout = 120_000)
    private TaskDuties duties;

    @Inject
    private BundleContext context;

    private final Http anonymous = new Http(CairnExam.API);

    @Configuration
    public Option[] configuration() {
        return CairnExam.options();
    }

    /** A manager and two workers, each with an account and their employee id. */
    private record People(Http manager, long managerId, Http ann, long annId, Http bob, long bobId, long team) {
    }

    private synchronized Http admin() throws Exception {
        if (admin == null) {
            anonymous.await("/health", 200, 120);
            admin = FirstAdmin.signIn(anonymous, Path.of(System.getProperty("karaf.data")));
            admin.await("/tasks/topics", 200, 90);
        }
        return admin;
    }

    private synchronized People people() throws Exception {
        if (people == null) {
            Http admin = admin();
            TestAccounts accounts = new TestAccounts(admin, anonymous);
            List<String> work = List.of("tasks.task.read", "tasks.task.create", "tasks.task.update");
            long worker = accounts.role("tk-worker", work, Map.of("tasks.task", "OWN"), List.of());
            List<String> all = new ArrayList<>(work);
            all.add("tasks.manage");
            long manager = accounts.role("tk-manager", all, Map.of("tasks.task", "ALL"), List.of());
            long m = accounts.account("tk-mgr", manager);
            long a = accounts.account("tk-ann", worker);
            long b = accounts.account("tk-bob", worker);
            long ann = accounts.employeeOf(a);
            long bob = accounts.employeeOf(b);
            long team = TestAccounts.created(admin.post("/people/groups", "{\"name\":\"Tasks crew\",\"memberIds\":["
                    + ann + "," + bob + "]}"));
            people = new People(anonymous.as("tk-mgr", TestAccounts.PASSWORD), accounts.employeeOf(m),
                    anonymous.as("tk-ann", TestAccounts.PASSWORD), ann, anonymous.as("tk-bob", TestAccounts.PASSWORD),
                    bob, team);
        }
        return people;
    }

    private long topic(String name) throws Exception {
        People p = people();
        return TestAccounts.created(p.manager().post("/tasks/topics", "{\"name\":\"" + name + "\",\"managerId\":"
                + p.managerId() + ",\"unclaimedDays\":2}"));
    }

    private static long task(Http as, long topic, String title, Long assignee, LocalDate target, String more) {
        return TestAccounts.created(as.post("/tasks/tasks", "{\"topicId\":" + topic + ",\"title\":\"" + title + "\""
                + (assignee == null ? "" : ",\"assigneeId\":" + assignee)
                + (target == null ? "" : ",\"targetDate\":\"" + target + "\"") + more + "}"));
    }

    private static List<String> titles(Http.Reply page) {
        assertEquals(page.toString(), 200, page.status());
        List<String> titles = new ArrayList<>();
        page.json().path("items").forEach(t -> titles.add(t.path("title").asText()));
        return titles;
    }

    @Test
    public void anEmployeeClaimsATaskTheManagerApprovesAndApprovesItsCompletion() throws Exception {
        People p = people();
        long topic = topic("Recruitment");
        long open = task(p.manager(), topic, "Screen CVs", null, LocalDate.now().plusDays(5),
                ",\"needsApproval\":true");
        assertTrue(titles(p.ann().get("/tasks/tasks/claimable?size=500")).contains("Screen CVs"));

        JsonNode asked = p.ann().post("/tasks/tasks/" + open + "/claim", "").json();
        assertEquals(p.annId(), asked.path("claimRequestedBy").asLong());
        assertEquals(409, p.bob().post("/tasks/tasks/" + open + "/claim", "").status());
        assertEquals("only the topic's manager decides", 403, p.bob().post("/tasks/tasks/" + open
                + "/claim-decision", "{\"approve\":true}").status());
        assertEquals(Set.of("approve"), TestAccounts.fields(p.manager().post("/tasks/tasks/" + open
                + "/claim-decision", "{}")));
        JsonNode assigned = p.manager().post("/tasks/tasks/" + open + "/claim-decision", "{\"approve\":true}").json();
        assertEquals(p.annId(), assigned.path("assigneeId").asLong());
        assertEquals(p.annId(), assigned.path("holderId").asLong());
        assertEquals("ASSIGNED", assigned.path("status").asText());
        assertFalse(titles(p.bob().get("/tasks/tasks/claimable?size=500")).contains("Screen CVs"));

        // done, but it needs approval: it goes to the manager, who sends it back once, then approves
        assertEquals("APPROVAL", p.ann().post("/tasks/tasks/" + open + "/complete", "").json().path("status")
                .asText());
        assertEquals("IN_PROGRESS", p.manager().post("/tasks/tasks/" + open + "/completion-decision",
                "{\"approve\":false}").json().path("status").asText());
        assertEquals(201, p.ann().post("/tasks/tasks/" + open + "/comments", "{\"text\":\"All 40 screened\"}")
                .status());
        p.ann().post("/tasks/tasks/" + open + "/complete", "");
        JsonNode done = p.manager().post("/tasks/tasks/" + open + "/completion-decision", "{\"approve\":true}").json();
        assertEquals("DONE", done.path("status").asText());
        assertFalse(done.path("completedAt").isNull());
        assertEquals("All 40 screened", p.manager().get("/tasks/tasks/" + open + "/comments").json().get(0)
                .path("text").asText());
        assertEquals(404, p.bob().get("/tasks/tasks/" + open).status());
    }

    @Test
    public void tasksDelegatedForAWeekReturnWhenTheWeekIsOver() throws Exception {
        People p = people();
        long topic = topic("Production");
        LocalDate today = LocalDate.now();
        long first = task(p.manager(), topic, "Order steel", p.annId(), today.plusDays(2), "");
        long second = task(p.manager(), topic, "Check the press", p.annId(), today.plusDays(3), "");
        assertEquals(Set.of("endsOn"), TestAccounts.fields(p.manager().post("/tasks/delegations",
                "{\"fromEmployeeId\":" + p.annId() + ",\"toEmployeeId\":" + p.bobId() + ",\"endsOn\":\""
                        + today.minusDays(1) + "\"}")));
        assertEquals(403, p.bob().post("/tasks/delegations", "{\"fromEmployeeId\":" + p.annId()
                + ",\"toEmployeeId\":" + p.bobId() + "}").status());

        Http.Reply made = p.manager().post("/tasks/delegations", "{\"fromEmployeeId\":" + p.annId()
                + ",\"toEmployeeId\":" + p.bobId() + ",\"endsOn\":\"" + today.plusDays(6) + "\"}");
        assertEquals(made.toString(), 201, made.status());
        assertEquals("ACTIVE", made.json().path("state").asText());
        List<String> bobs = titles(p.bob().get("/tasks/tasks/mine?size=500"));
        assertTrue(bobs.toString(), bobs.containsAll(List.of("Order steel", "Check the press")));
        assertFalse(titles(p.ann().get("/tasks/tasks/mine?size=500")).contains("Order steel"));
        JsonNode held = p.bob().get("/tasks/tasks/" + first).json();
        assertTrue(held.path("delegated").asBoolean());
        assertEquals(p.annId(), held.path("assigneeId").asLong());
        // a task given to Ann during the week goes to Bob too
        long later = task(p.manager(), topic, "Sign the delivery", p.annId(), today.plusDays(4), "");
        assertEquals(p.bobId(), p.manager().get("/tasks/tasks/" + later).json().path("holderId").asLong());

        ZoneId zone = ZoneId.systemDefault();
        duties.run(today.plusDays(6).atTime(23, 0).atZone(zone).toInstant());
        assertEquals("the last day of the week is still Bob's", p.bobId(), p.manager().get("/tasks/tasks/" + first)
                .json().path("holderId").asLong());
        duties.run(today.plusDays(7).atTime(0, 5).atZone(zone).toInstant());
        for (long id : List.of(first, second, later)) {
            JsonNode back = p.manager().get("/tasks/tasks/" + id).json();
            assertEquals(p.annId(), back.path("holderId").asLong());
            assertFalse(back.path("delegated").asBoolean());
        }
        assertTrue(titles(p.ann().get("/tasks/tasks/mine?size=500")).containsAll(List.of("Order steel",
                "Check the press", "Sign the delivery")));
        List<Long> holders = new ArrayList<>();
        p.manager().get("/tasks/tasks/" + first + "/holders").json().forEach(h -> holders.add(h.path("employeeId")
                .asLong()));
        assertEquals(List.of(p.annId(), p.bobId(), p.annId()), holders);
        JsonNode ended = p.manager().get("/tasks/delegations?all=true").json();
        assertEquals("ENDED", ended.get(0).path("state").asText());
    }

    @Test
    public void aMonthlyTaskOnTheLastDayComesBackAtEachMonthsEnd() throws Exception {
        People p = people();
        long topic = topic("Accounting");
        long jan = task(p.manager(), topic, "Close the books", p.annId(), LocalDate.parse("2027-01-31"),
                ",\"recurrence\":\"FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3\",\"targetTime\":\"09:00\"");
        assertEquals(Set.of("recurrence"), TestAccounts.fields(p.manager().post("/tasks/tasks", "{\"topicId\":"
                + topic + ",\"title\":\"x\",\"targetDate\":\"2027-01-01\",\"recurrence\":\"FREQ=HOURLY\"}")));
        assertEquals(Set.of("targetDate"), TestAccounts.fields(p.manager().post("/tasks/tasks", "{\"topicId\":"
                + topic + ",\"title\":\"x\",\"recurrence\":\"FREQ=DAILY\"}")));
        List<String> dates = new ArrayList<>();
        long current = jan;
        for (int i = 0; i < 3; i++) {
            JsonNode task = p.ann().get("/tasks/tasks/" + current).json();
            dates.add(task.path("targetDate").asText() + " " + task.path("targetTime").asText());
            p.ann().post("/tasks/tasks/" + current + "/complete", "");
            JsonNode next = p.ann().get("/tasks/tasks/mine?size=500&filter=topicId:eq:" + topic).json()
                    .path("items");
            current = next.size() == 0 ? -1 : next.get(0).path("id").asLong();
        }
        assertEquals(List.of("2027-01-31 09:00:00", "2027-02-28 09:00:00", "2027-03-31 09:00:00"), dates);
        assertEquals("COUNT=3 ends the series", -1, current);

        // a weekly one across the change to winter time keeps its day and local time
        long weekly = task(p.manager(), topic, "Weekly report", p.annId(), LocalDate.parse("2027-10-25"),
                ",\"recurrence\":\"FREQ=WEEKLY\",\"targetTime\":\"09:00\"");
        p.ann().post("/tasks/tasks/" + weekly + "/complete", "");
        JsonNode next = p.ann().get("/tasks/tasks/mine?size=500&filter=topicId:eq:" + topic).json().path("items")
                .get(0);
        assertEquals("2027-11-01", next.path("targetDate").asText());
        assertEquals("09:00:00", next.path("targetTime").asText());
    }

    @Test
    public void aProcessMakesEachStepsTaskWhenTheOneBeforeIsDone() throws Exception {
        People p = people();
        long topic = topic("Onboarding");
        assertEquals(Set.of("steps"), TestAccounts.fields(p.manager().post("/tasks/processes", "{\"name\":\"x\","
                + "\"topicId\":" + topic + ",\"steps\":[]}")));
        long process = TestAccounts.created(p.manager().post("/tasks/processes", "{\"name\":\"New employee\","
                + "\"topicId\":" + topic + ",\"steps\":[{\"title\":\"Prepare a desk\",\"assigneeId\":" + p.annId()
                + ",\"days\":2},{\"title\":\"Create accounts\",\"assigneeId\":" + p.bobId() + ",\"days\":1},"
                + "{\"title\":\"Welcome talk\",\"assigneeId\":" + p.annId() + ",\"days\":0}]}"));
        LocalDate start = LocalDate.now();
        assertEquals(Set.of("link"), TestAccounts.fields(p.manager().post("/tasks/processes/" + process + "/start",
                "{\"link\":\"no record\"}")));
        // a run about a record (started on a company's card): every step's task is about it
        JsonNode first = p.manager().post("/tasks/processes/" + process + "/start", "{\"startsOn\":\"" + start
                + "\",\"link\":\"contacts.company:42\"}").json();
        assertEquals("Prepare a desk", first.path("title").asText());
        assertEquals("contacts.company:42", first.path("link").asText());
        assertEquals(start.plusDays(2).toString(), first.path("targetDate").asText());
        assertFalse(titles(p.bob().get("/tasks/tasks/mine?size=500")).contains("Create accounts"));

        p.ann().post("/tasks/tasks/" + first.path("id").asLong() + "/complete", "");
        JsonNode second = p.bob().get("/tasks/tasks/mine?size=500&filter=topicId:eq:" + topic).json().path("items")
                .get(0);
        assertEquals("Create accounts", second.path("title").asText());
        assertEquals(LocalDate.now().plusDays(1).toString(), second.path("targetDate").asText());
        assertEquals(first.path("processRunId").asLong(), second.path("processRunId").asLong());
        assertEquals("contacts.company:42", second.path("link").asText());
        p.bob().post("/tasks/tasks/" + second.path("id").asLong() + "/complete", "");
        JsonNode third = p.ann().get("/tasks/tasks/mine?size=500&filter=topicId:eq:" + topic).json().path("items")
                .get(0);
        assertEquals("Welcome talk", third.path("title").asText());
        p.ann().post("/tasks/tasks/" + third.path("id").asLong() + "/complete", "");
        assertEquals("the last step makes no more", 0, p.ann().get("/tasks/tasks/mine?filter=topicId:eq:" + topic)
                .json().path("total").asInt());
    }

    @Test
    public void aLateTaskEscalatesOnceEvenAfterTheModuleRestarts() throws Exception {
        People p = people();
        long topic = topic("Escalations");
        LocalDate today = LocalDate.now();
        long late = task(p.manager(), topic, "Late delivery note", p.annId(), today.minusDays(1), "");
        long unclaimed = task(p.manager(), topic, "Nobody's job", null, today.plusDays(30), "");
        java.util.concurrent.BlockingQueue<org.osgi.service.event.Event> heard =
                new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.Hashtable<String, Object> topics = new java.util.Hashtable<>();
        topics.put(org.osgi.service.event.EventConstants.EVENT_TOPIC, new String[] {"cairn/tasks/Escalated"});
        var subscription = context.registerService(org.osgi.service.event.EventHandler.class, heard::add, topics);
        try {
            Instant now = Instant.now();
            duties.run(now);
            duties.run(now);
            assertEquals(List.of("OVERDUE:" + late), alerts(p, topic));
            org.osgi.service.event.Event event = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            while (event != null && ((Number) event.getProperty("cairn.id")).longValue() != late) {
                event = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertNotNull("the escalation is posted", event);
            assertEquals(late, ((Number) event.getProperty("cairn.id")).longValue());
            assertEquals(p.managerId(), ((Number) event.getProperty("manager")).longValue());

            // the module restarts: nothing in memory says what was sent, the database does
            Bundle core = null;
            for (Bundle b : context.getBundles()) {
                if ("cairn-tasks-core".equals(b.getSymbolicName())) {
                    core = b;
                }
            }
            assertNotNull(core);
            core.stop();
            core.start();
            p.manager().await("/tasks/alerts", 200, 90);
            TaskDuties restarted = awaitDuties(now);
            assertEquals(0, restarted.run(now));
            assertEquals(List.of("OVERDUE:" + late), alerts(p, topic));

            // unclaimed for longer than the topic's two days
            restarted.run(now.plus(java.time.Duration.ofDays(3)));
            restarted.run(now.plus(java.time.Duration.ofDays(4)));
            assertEquals(List.of("OVERDUE:" + late, "UNCLAIMED:" + unclaimed), alerts(p, topic));
            // a new target day is a new deadline: it escalates again once it passes
            JsonNode t = p.manager().get("/tasks/tasks/" + late).json();
            assertEquals(200, p.manager().put("/tasks/tasks/" + late, "{\"version\":" + t.path("version").asLong()
                    + ",\"topicId\":" + topic + ",\"title\":\"Late delivery note\",\"assigneeId\":" + p.annId()
                    + ",\"targetDate\":\"" + today.plusDays(1) + "\"}").status());
            assertEquals(1, restarted.run(now.plus(java.time.Duration.ofDays(3))));
            assertEquals(0, restarted.run(now.plus(java.time.Duration.ofDays(3))));
            assertNull("Ann is no manager: her list has none", p.ann().get("/tasks/alerts").json().get(0));
        } finally {
            subscription.unregister();
        }
    }

    @Test
    public void myListShowsOpenUpcomingOverdueAndMyGroupsTasks() throws Exception {
        People p = people();
        long topic = topic("My list");
        LocalDate today = LocalDate.now();
        task(p.manager(), topic, "Overdue one", p.bobId(), today.minusDays(2), ",\"priority\":\"HIGH\"");
        task(p.manager(), topic, "Due tomorrow", p.bobId(), today.plusDays(1), "");
        task(p.manager(), topic, "Due next month", p.bobId(), today.plusDays(40), "");
        long done = task(p.manager(), topic, "Done already", p.bobId(), today, "");
        p.bob().post("/tasks/tasks/" + done + "/complete", "");
        TestAccounts.created(p.manager().post("/tasks/tasks", "{\"topicId\":" + topic + ",\"title\":\"For the crew\","
                + "\"assigneeGroupId\":" + p.team() + ",\"targetDate\":\"" + today.plusDays(3) + "\"}"));
        String in = "&filter=topicId:eq:" + topic;
        assertEquals(List.of("Overdue one", "Due tomorrow", "For the crew", "Due next month"),
                titles(p.bob().get("/tasks/tasks/mine?which=OPEN" + in)));
        assertEquals(List.of("Overdue one", "Due tomorrow", "For the crew"),
                titles(p.bob().get("/tasks/tasks/mine?which=UPCOMING&days=7" + in)));
        assertEquals(List.of("Overdue one"), titles(p.bob().get("/tasks/tasks/mine?which=OVERDUE" + in)));
        assertEquals(5, titles(p.bob().get("/tasks/tasks/mine?which=ALL" + in)).size());
        assertEquals(List.of("Overdue one"), titles(p.bob().get("/tasks/tasks/mine?filter=priority:eq:HIGH" + in)));
        assertEquals("the group's task is Ann's too", List.of("For the crew"),
                titles(p.ann().get("/tasks/tasks/mine?which=OPEN" + in)));
        assertEquals(Set.of("which"), TestAccounts.fields(p.bob().get("/tasks/tasks/mine?which=SOMETIME")));
        // scope: Bob sees his own, not Ann's; the workload is the manager's
        long annsOnly = task(p.manager(), topic, "Ann's only", p.annId(), today.plusDays(1), "");
        assertEquals(404, p.bob().get("/tasks/tasks/" + annsOnly).status());
        assertEquals(403, p.bob().get("/tasks/workload?from=" + today + "&to=" + today).status());
        JsonNode load = p.manager().get("/tasks/workload?from=" + today.minusDays(1) + "&to=" + today).json();
        JsonNode bobs = null;
        for (JsonNode row : load) {
            if (row.path("employeeId").asLong() == p.bobId()) {
                bobs = row;
            }
        }
        assertNotNull(load.toString(), bobs);
        assertTrue(bobs.toString(), bobs.path("open").asLong() >= 3);
        assertTrue(bobs.toString(), bobs.path("overdue").asLong() >= 1);
        assertTrue(bobs.toString(), bobs.path("done").asLong() >= 1);
    }

    private List<String> alerts(People p, long topic) throws Exception {
        List<String> found = new ArrayList<>();
        p.manager().get("/tasks/alerts").json().forEach(a -> {
            JsonNode task = p.manager().get("/tasks/tasks/" + a.path("taskId").asLong()).json();
            if (task.path("topicId").asLong() == topic) {
                found.add(0, a.path("kind").asText() + ":" + a.path("taskId").asLong());
            }
        });
        return found;
    }

    /**
     * The duties of the restarted module once they run: right after a restart the component may still hold the old
     * persistence unit while the new one is registered, and is then made anew.
     */
    private TaskDuties awaitDuties(Instant at) throws Exception {
        RuntimeException last = null;
        for (int i = 0; i < 240; i++) {
            var ref = context.getServiceReference(TaskDuties.class);
            TaskDuties duties = ref == null ? null : context.getService(ref);
            if (duties != null) {
                try {
                    duties.run(at.minus(java.time.Duration.ofDays(3650)));
                    return duties;
                } catch (IllegalStateException stale) {
                    last = stale;
                }
            }
            Http.sleep(250);
        }
        throw new AssertionError("the tasks module did not come back", last);
    }
}

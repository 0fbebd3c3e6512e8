package org.cairncrm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
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
 * The contacts module on the real distribution: company cards with their rules, the diacritic-blind quick search,
 * representatives working at several companies, contact groups, dictionaries, data scope, and the module leaving
 * and coming back with its data kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContactsIT {

    private static Http admin;

    @Inject
    private FeaturesService features;

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
            admin.await("/contacts/companies", 200, 90);
        }
        return admin;
    }

    @Test
    public void aCompanyCardKeepsItsRulesAndItsHistory() throws Exception {
        Http admin = admin();
        // wrong values are named, field by field, and nothing is stored
        Http.Reply wrong = admin.post("/contacts/companies", "{\"name\":\" \",\"shortCode\":\"no spaces\","
                + "\"status\":\"sleeping\",\"industry\":\"alchemy\",\"emails\":[\"not-an-address\"],"
                + "\"phones\":[\"call me\"],\"registeredAddress\":{\"area\":\"moon\",\"country\":\"Poland\"}}");
        assertEquals(Set.of("name", "shortCode", "status", "industry", "emails", "phones",
                "registeredAddress.area", "registeredAddress.country"), TestAccounts.fields(wrong));
        assertEquals(0, admin.get("/contacts/companies?q=no%20spaces").json().path("total").asInt());

        long anvil = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Anvil Works\","
                + "\"shortCode\":\"anvil\",\"status\":\"customer\",\"category\":\"a\",\"industry\":\"manufacturing\","
                + "\"taxId\":\"PL 526-000-12-46\",\"phones\":[\"+48 22 123 45 67\"],"
                + "\"emails\":[\"office@anvil.example\"],\"registeredAddress\":{\"street\":\"Kowalska 1\","
                + "\"postalCode\":\"00-001\",\"city\":\"Warszawa\",\"area\":\"central\",\"country\":\"pl\"}}"));
        JsonNode card = admin.get("/contacts/companies/" + anvil).json();
        assertEquals("ANVIL", card.path("shortCode").asText());
        assertEquals("PL", card.path("registeredAddress").path("country").asText());
        assertEquals("customer", card.path("status").asText());
        assertEquals("general", card.path("lineOfBusiness").asText());
        assertEquals(1, card.path("phones").size());

        // a second company may not take the same short code, whatever its case
        assertEquals(Set.of("shortCode"), TestAccounts.fields(admin.post("/contacts/companies",
                "{\"name\":\"Anvil Copy\",\"shortCode\":\"Anvil\"}")));
        // a stale version is a conflict; the right one changes the card and the history says so
        long version = card.path("version").asLong();
        assertEquals(409, admin.put("/contacts/companies/" + anvil, "{\"version\":" + (version + 5)
                + ",\"name\":\"Anvil Works Ltd\"}").status());
        Http.Reply renamed = admin.put("/contacts/companies/" + anvil, "{\"version\":" + version
                + ",\"name\":\"Anvil Works Ltd\",\"shortCode\":\"ANVIL\",\"status\":\"customer\"}");
        assertEquals(renamed.toString(), 200, renamed.status());
        JsonNode history = admin.get("/contacts/companies/" + anvil + "/history").json();
        assertTrue(history.toString(), history.toString().contains("Anvil Works Ltd"));
        // the fields left out of the update were cleared, as a PUT replaces the card
        assertEquals(0, renamed.json().path("phones").size());
        assertEquals(404, admin.get("/contacts/companies/999999").status());
    }

    @Test
    public void theQuickSearchIgnoresCaseAndDiacritics() throws Exception {
        Http admin = admin();
        long leczyca = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Łęczycka Fabryka Mebli\","
                + "\"phones\":[\"+48 (42) 633-11-22\"],\"taxId\":\"725-18-01-126\","
                + "\"correspondenceAddress\":{\"city\":\"Łęczyca\",\"area\":\"central\"}}"));
        TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Gdańskie Stocznie\","
                + "\"registeredAddress\":{\"city\":\"Gdańsk\",\"area\":\"north\"}}"));
        for (String query : List.of("leczyca", "ŁĘCZYCA", "leczycka fabryka", "LECZYCKA", "426331122", "7251801126")) {
            assertEquals(query, List.of(leczyca), ids(admin.get("/contacts/companies?q="
                    + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))));
        }
        assertEquals(List.of(leczyca), ids(admin.get("/contacts/companies?filter=city:eq:"
                + java.net.URLEncoder.encode("łęczyca", java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(ids(admin.get("/contacts/companies?filter=area:eq:north")).size() >= 1);
        assertFalse(ids(admin.get("/contacts/companies?filter=area:eq:north")).contains(leczyca));
        assertEquals(Set.of("filter"), TestAccounts.fields(admin.get("/contacts/companies?filter=secret:eq:1")));
    }

    @Test
    public void anExactCodeTaxIdOrPhoneFindsItsCompanyFirstAndListsSortInPolish() throws Exception {
        Http admin = admin();
        // thirty companies whose names match "DUR-2-1" word by word, and the one whose code it is
        for (int i = 1; i <= 30; i++) {
            TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Durable 2" + i + " Group 1\"}"));
        }
        long zeta = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Zeta Steel\","
                + "\"shortCode\":\"DUR-2-1\",\"taxId\":\"PL 987-654-32-10\",\"phones\":[\"+48 61 222 33 44\"],"
                + "\"registeredAddress\":{\"city\":\"Durbanville 2 1\"}}"));
        for (String query : List.of("DUR-2-1", "dur-2-1", "PL9876543210", "9876543210", "987-654-32-10",
                "+48 61 222 33 44", "612223344", "48612223344")) {
            Http.Reply page = admin.get("/contacts/companies?size=10&q="
                    + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(query + ": " + page, zeta, (long) ids(page).get(0));
        }
        Http.Reply code = admin.get("/contacts/companies?size=10&q=DUR-2-1");
        assertEquals(31, code.json().path("total").asInt());
        // then the names that match, in name order; the code's company is not repeated on a later page
        assertTrue(code.json().path("items").get(1).path("name").asText().startsWith("Durable 2"));
        List<Long> all = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            all.addAll(ids(admin.get("/contacts/companies?size=10&q=DUR-2-1&page=" + p)));
        }
        assertEquals(31, all.size());
        assertEquals(31, all.stream().distinct().count());
        // a sort the user asks for is kept as asked
        assertEquals(zeta, (long) ids(admin.get("/contacts/companies?size=50&q=DUR-2-1&sort=name")).get(30));

        // Polish alphabetical order (Ł after L, Ć after C, upper and lower case together) in every path of a list
        List<String> names = List.of("Zebra Kolacja", "Łąka Kolacja", "Lis Kolacja", "Mazur Kolacja", "ąbc Kolacja",
                "Ćma Kolacja", "Cebula Kolacja", "żuraw Kolacja");
        for (String name : names) {
            TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"" + name + "\"}"));
            TestAccounts.created(admin.post("/contacts/representatives", "{\"firstName\":\"Jan\",\"lastName\":\""
                    + name.replace(" Kolacja", "") + "-Kolacja\"}"));
        }
        List<String> polish = List.of("ąbc", "Cebula", "Ćma", "Lis", "Łąka", "Mazur", "Zebra", "żuraw");
        for (String list : List.of("/contacts/companies?q=kolacja", "/contacts/companies?q=kolacja&sort=name",
                "/contacts/companies?q=kolacja&sort=name&filter=status:eq:prospect",
                "/contacts/representatives?q=kolacja&sort=lastName")) {
            List<String> shown = new ArrayList<>();
            admin.get(list).json().path("items").forEach(item -> shown.add(item.has("lastName")
                    ? item.path("lastName").asText().replace("-Kolacja", "")
                    : item.path("name").asText().replace(" Kolacja", "")));
            assertEquals(list, polish, shown);
        }
    }

    @Test
    public void aRepresentativeWorksAtSeveralCompaniesAndOneIsTheMainContact() throws Exception {
        Http admin = admin();
        long smithy = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Smithy Kraków\"}"));
        long foundry = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Foundry Poznań\"}"));
        long anna = TestAccounts.created(admin.post("/contacts/representatives", "{\"firstName\":\"Anna\","
                + "\"lastName\":\"Wójcik\",\"title\":\"Dr\",\"emails\":[\"anna@home.example\"],\"employments\":["
                + "{\"companyId\":" + smithy + ",\"position\":\"Buyer\",\"email\":\"a.wojcik@smithy.example\","
                + "\"mainContact\":true},{\"companyId\":" + foundry + ",\"position\":\"Consultant\"}]}"));
        JsonNode person = admin.get("/contacts/representatives/" + anna).json();
        assertEquals(2, person.path("employments").size());
        assertEquals("Smithy Kraków", person.path("employments").get(0).path("companyName").asText());

        // both companies list her; the search finds her by her company and without diacritics
        assertEquals(List.of(anna), ids(admin.get("/contacts/companies/" + smithy + "/representatives")));
        assertEquals(List.of(anna), ids(admin.get("/contacts/companies/" + foundry + "/representatives")));
        assertEquals(List.of(anna), ids(admin.get("/contacts/representatives?q=wojcik")));
        assertTrue(ids(admin.get("/contacts/representatives?q=smithy%20krakow")).contains(anna));

        // a new main contact at the smithy takes the flag from her
        long piotr = TestAccounts.created(admin.post("/contacts/representatives", "{\"firstName\":\"Piotr\","
                + "\"lastName\":\"Nowak\",\"employments\":[{\"companyId\":" + smithy + ",\"mainContact\":true}]}"));
        JsonNode again = admin.get("/contacts/representatives/" + anna).json();
        assertFalse(again.path("employments").get(0).path("mainContact").asBoolean());
        assertTrue(admin.get("/contacts/representatives/" + piotr).json().path("employments").get(0)
                .path("mainContact").asBoolean());

        // she leaves the foundry: the employment goes, the smithy one stays
        JsonNode smithyJob = again.path("employments").get(0);
        Http.Reply left = admin.put("/contacts/representatives/" + anna, "{\"version\":"
                + again.path("version").asLong() + ",\"firstName\":\"Anna\",\"lastName\":\"Wójcik\","
                + "\"employments\":[" + smithyJob + "]}");
        assertEquals(left.toString(), 200, left.status());
        assertEquals(List.of(), ids(admin.get("/contacts/companies/" + foundry + "/representatives")));
        // her card for address books: vCard 3.0 with the company she works at now and its work contacts (the
        // update above sent no title and no private e-mail, so she has none now)
        Http.Reply card = admin.get("/contacts/representatives/export.vcf?q=wojcik");
        assertEquals(card.toString(), 200, card.status());
        assertTrue(card.body(), card.body().startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                && card.body().contains("N:Wójcik;Anna;;;\r\n") && card.body().contains("ORG:Smithy Kraków\r\n")
                // parameter values are case-insensitive (RFC 2426 4): ez-vcard writes them in lower case
                && card.body().toUpperCase(java.util.Locale.ROOT)
                        .contains("EMAIL;TYPE=INTERNET,WORK:A.WOJCIK@SMITHY.EXAMPLE\r\n")
                && !card.body().contains("anna@home.example")
                && card.body().contains("END:VCARD\r\n"));
        // a company that does not exist is named in the error
        assertEquals(Set.of("employments[0].companyId"), TestAccounts.fields(admin.post("/contacts/representatives",
                "{\"lastName\":\"Ghost\",\"employments\":[{\"companyId\":987654}]}")));
    }

    @Test
    public void groupsTakeMarkedRecordsAndFilterTheLists() throws Exception {
        Http admin = admin();
        long dealers = TestAccounts.created(admin.post("/contacts/groups",
                "{\"kind\":\"COMPANIES\",\"name\":\"Dealers\"}"));
        assertEquals(Set.of("name"), TestAccounts.fields(admin.post("/contacts/groups",
                "{\"kind\":\"COMPANIES\",\"name\":\"dealers\"}")));
        // the same name for a group of people is fine
        long cards = TestAccounts.created(admin.post("/contacts/groups",
                "{\"kind\":\"REPRESENTATIVES\",\"name\":\"Dealers\"}"));
        List<Long> companies = new ArrayList<>();
        for (String name : List.of("Dealer One", "Dealer Two", "Not a dealer")) {
            companies.add(TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"" + name + "\"}")));
        }
        Http.Reply added = admin.post("/contacts/groups/" + dealers + "/members",
                "{\"ids\":[" + companies.get(0) + "," + companies.get(1) + "]}");
        assertEquals(added.toString(), 2, added.json().path("added").asInt());
        // adding again adds nothing; an unknown record is refused and nothing of the call is stored
        assertEquals(0, admin.post("/contacts/groups/" + dealers + "/members", "{\"ids\":[" + companies.get(0)
                + "]}").json().path("added").asInt());
        assertEquals(Set.of("ids"), TestAccounts.fields(admin.post("/contacts/groups/" + dealers + "/members",
                "{\"ids\":[" + companies.get(2) + ",987654]}")));
        assertEquals(companies.subList(0, 2), ids(admin.get("/contacts/companies?filter=group:eq:" + dealers
                + "&sort=id")));
        assertEquals(2, admin.get("/contacts/groups/" + dealers).json().path("members").asInt());
        assertEquals("Dealers", admin.get("/contacts/companies/" + companies.get(0) + "/groups").json().get(0)
                .path("name").asText());
        // a group of people does not list companies
        assertEquals(List.of(), ids(admin.get("/contacts/companies?filter=group:eq:" + cards)));

        assertEquals(1, admin.post("/contacts/groups/" + dealers + "/members/remove", "{\"ids\":["
                + companies.get(1) + "]}").json().path("removed").asInt());
        assertEquals(List.of(companies.get(0)), ids(admin.get("/contacts/companies?filter=group:eq:" + dealers)));
        assertEquals(204, admin.delete("/contacts/groups/" + dealers).status());
        assertEquals(200, admin.get("/contacts/companies/" + companies.get(0)).status());
    }

    @Test
    public void dictionariesAreEditedAndRetiredEntriesStayOnTheirRecords() throws Exception {
        Http admin = admin();
        JsonNode statuses = admin.get("/contacts/dictionaries/statuses").json();
        assertTrue(statuses.toString(), statuses.toString().contains("\"code\":\"prospect\""));
        Http.Reply added = admin.post("/contacts/dictionaries/industries",
                "{\"code\":\"mining\",\"label\":\"Mining\",\"position\":5}");
        long mining = TestAccounts.created(added);
        assertEquals(Set.of("code"), TestAccounts.fields(admin.post("/contacts/dictionaries/industries",
                "{\"code\":\"mining\",\"label\":\"Mining again\"}")));
        long mine = TestAccounts.created(admin.post("/contacts/companies",
                "{\"name\":\"Deep Mine\",\"industry\":\"mining\"}"));
        assertTrue(admin.get("/contacts/dictionaries/industries").json().findValues("id").stream()
                .anyMatch(id -> id.asLong() == mining));
        assertEquals(200, admin.put("/contacts/dictionaries/industries/" + mining,
                "{\"version\":" + added.json().path("version") + ",\"label\":\"Mining\",\"active\":false}")
                .status());
        assertFalse(admin.get("/contacts/dictionaries/industries").body().contains("\"mining\""));
        assertTrue(admin.get("/contacts/dictionaries/industries?inactive=true").body().contains("\"mining\""));
        // the mine keeps its industry when changed otherwise; a new company cannot take it
        JsonNode card = admin.get("/contacts/companies/" + mine).json();
        assertEquals(200, admin.put("/contacts/companies/" + mine, "{\"version\":" + card.path("version")
                + ",\"name\":\"Deep Mine Ltd\",\"industry\":\"mining\"}").status());
        assertEquals(Set.of("industry"), TestAccounts.fields(admin.post("/contacts/companies",
                "{\"name\":\"New Mine\",\"industry\":\"mining\"}")));
        assertEquals(404, admin.get("/contacts/dictionaries/planets").status());
    }

    @Test
    public void clerksSeeTheirOwnCompaniesAndOnlyWhatTheirKeysAllow() throws Exception {
        Http admin = admin();
        TestAccounts people = new TestAccounts(admin, anonymous);
        long clerkRole = people.role("ct-clerk", List.of("contacts.company.read", "contacts.company.create",
                "contacts.company.update", "contacts.representative.read"), Map.of("contacts.company", "OWN", "contacts.representative", "ALL"),
                List.of());
        people.account("ct-clerk", clerkRole);
        people.account("ct-reader", people.role("ct-reader", List.of("contacts.company.read"),
                Map.of("contacts.company", "ALL"), List.of()));
        Http clerk = anonymous.as("ct-clerk", TestAccounts.PASSWORD);
        Http reader = anonymous.as("ct-reader", TestAccounts.PASSWORD);

        long theirs = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Admin's Account\"}"));
        long mine = TestAccounts.created(clerk.post("/contacts/companies", "{\"name\":\"Clerk's Account\"}"));
        assertEquals(List.of(mine), ids(clerk.get("/contacts/companies?q=account")));
        assertEquals(404, clerk.get("/contacts/companies/" + theirs).status());
        assertEquals(404, clerk.get("/contacts/companies/" + theirs + "/history").status());
        assertEquals(404, clerk.put("/contacts/companies/" + theirs, "{\"version\":0,\"name\":\"Mine now\"}")
                .status());
        // a representative at a company the clerk cannot see shows the employment without its name
        long rep = TestAccounts.created(admin.post("/contacts/representatives", "{\"lastName\":\"Hidden-Work\","
                + "\"employments\":[{\"companyId\":" + theirs + "}]}"));
        Http.Reply seen = clerk.get("/contacts/representatives/" + rep);
        assertEquals(seen.toString(), 200, seen.status());
        assertTrue(seen.body(), seen.json().path("employments").get(0).path("companyName").isNull());
        // adding people is not among the clerk's keys
        assertEquals(403, clerk.post("/contacts/representatives", "{\"lastName\":\"X\"}").status());

        // a reader sees everything but changes nothing
        assertTrue(ids(reader.get("/contacts/companies?size=500")).containsAll(List.of(theirs, mine)));
        assertEquals(403, reader.post("/contacts/companies", "{\"name\":\"Nope\"}").status());
        assertEquals(403, reader.get("/contacts/groups").status());
        assertEquals(403, reader.post("/contacts/dictionaries/areas", "{\"code\":\"x\",\"label\":\"X\"}").status());
        assertEquals(401, anonymous.get("/contacts/companies").status());
    }

    @Test
    public void aClerksDeletionWaitsForAManagerAndArchivesTheCompany() throws Exception {
        Http admin = admin();
        TestAccounts people = new TestAccounts(admin, anonymous);
        people.account("del-clerk", people.role("del-clerk", List.of("contacts.company.read",
                "contacts.company.create", "contacts.company.update", "contacts.company.delete"),
                Map.of("contacts.company", "OWN"), List.of()));
        people.account("del-manager", people.role("del-manager", List.of("contacts.company.read",
                "contacts.company.update", "contacts.deletion.approve"), Map.of("contacts.company", "ALL"),
                List.of()));
        Http clerk = anonymous.as("del-clerk", TestAccounts.PASSWORD);
        Http manager = anonymous.as("del-manager", TestAccounts.PASSWORD);
        long doomed = TestAccounts.created(clerk.post("/contacts/companies", "{\"name\":\"Doomed Trading\"}"));

        // the clerk asks; nothing changes until a manager decides, and asking twice is refused
        Http.Reply asked = clerk.delete("/contacts/companies/" + doomed + "?reason=duplicate%20of%20Anvil");
        assertEquals(asked.toString(), 202, asked.status());
        assertEquals("PENDING", asked.json().path("state").asText());
        assertEquals(409, clerk.delete("/contacts/companies/" + doomed).status());
        assertEquals(List.of(doomed), ids(clerk.get("/contacts/companies?q=doomed")));
        assertEquals(403, clerk.post("/contacts/deletion-requests/" + asked.json().path("id").asLong()
                + "/approve", "{}").status());

        // the manager approves: the company leaves every list, the manager still finds it in the archive
        JsonNode pending = manager.get("/contacts/deletion-requests?filter=state:eq:PENDING&q=doomed").json();
        assertEquals(1, pending.path("total").asInt());
        assertEquals("duplicate of Anvil", pending.path("items").get(0).path("reason").asText());
        Http.Reply approved = manager.post("/contacts/deletion-requests/" + asked.json().path("id").asLong()
                + "/approve", "{\"note\":\"agreed\"}");
        assertEquals(approved.toString(), "APPROVED", approved.json().path("state").asText());
        assertEquals(List.of(), ids(clerk.get("/contacts/companies?q=doomed")));
        assertEquals(List.of(), ids(manager.get("/contacts/companies?q=doomed")));
        assertEquals(404, clerk.get("/contacts/companies/" + doomed).status());
        assertFalse(manager.get("/contacts/companies/" + doomed).json().path("archivedAt").isNull());
        assertEquals(List.of(doomed), ids(manager.get("/contacts/companies?q=doomed&filter=archived:eq:true")));
        assertEquals(403, clerk.get("/contacts/companies?filter=archived:eq:true").status());
        assertEquals(409, manager.put("/contacts/companies/" + doomed, "{\"version\":"
                + manager.get("/contacts/companies/" + doomed).json().path("version") + ",\"name\":\"Back\"}")
                .status());

        // restored, it is back for everyone who may see it
        assertEquals(204, manager.post("/contacts/companies/" + doomed + "/restore", "").status());
        assertEquals(List.of(doomed), ids(clerk.get("/contacts/companies?q=doomed")));

        // a rejected request leaves it alone; a manager's own delete archives at once
        long rejected = clerk.delete("/contacts/companies/" + doomed).json().path("id").asLong();
        assertEquals("REJECTED", manager.post("/contacts/deletion-requests/" + rejected + "/reject",
                "{\"note\":\"still a customer\"}").json().path("state").asText());
        assertEquals(200, clerk.get("/contacts/companies/" + doomed).status());
        assertEquals(409, manager.post("/contacts/deletion-requests/" + rejected + "/approve", "{}").status());
        Http.Reply direct = manager.delete("/contacts/companies/" + doomed);
        assertEquals(direct.toString(), 200, direct.status());
        assertEquals("APPROVED", direct.json().path("state").asText());
        assertEquals(404, clerk.get("/contacts/companies/" + doomed).status());
    }

    @Test
    public void onlyAnArchivedCompanyThatNothingRefersToIsPurged() throws Exception {
        Http admin = admin();
        long gone = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Gone For Good\"}"));
        long person = TestAccounts.created(admin.post("/contacts/representatives", "{\"lastName\":\"Leftover\","
                + "\"employments\":[{\"companyId\":" + gone + "}]}"));
        assertEquals(409, admin.post("/contacts/companies/" + gone + "/purge", "").status());
        assertEquals(200, admin.delete("/contacts/companies/" + gone).status());
        Http.Reply refused = admin.post("/contacts/companies/" + gone + "/purge", "");
        assertEquals(refused.toString(), 409, refused.status());
        assertTrue(refused.body(), refused.json().path("message").asText().contains("employment"));
        // the person's employment still names the archived company, and may stay
        JsonNode leftover = admin.get("/contacts/representatives/" + person).json();
        assertEquals(200, admin.put("/contacts/representatives/" + person, "{\"version\":"
                + leftover.path("version") + ",\"lastName\":\"Leftover\",\"employments\":[]}").status());
        assertEquals(204, admin.post("/contacts/companies/" + gone + "/purge", "").status());
        assertEquals(404, admin.get("/contacts/companies/" + gone).status());
    }

    @Test
    public void customFieldsApplyByScopeCheckTheirValuesAndFilterTheLists() throws Exception {
        Http admin = admin();
        long big = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Fieldtest Big\"}"));
        long small = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Fieldtest Small\"}"));
        long partners = TestAccounts.created(admin.post("/contacts/groups",
                "{\"kind\":\"COMPANIES\",\"name\":\"Fieldtest partners\"}"));
        // definitions are checked
        assertEquals(Set.of("options"), TestAccounts.fields(admin.post("/contacts/fields", "{\"target\":\"COMPANY\","
                + "\"name\":\"tier\",\"label\":\"Tier\",\"kind\":\"CHOICE\"}")));
        TestAccounts.created(admin.post("/contacts/fields", "{\"target\":\"COMPANY\",\"name\":\"staff\","
                + "\"label\":\"Employees\",\"kind\":\"NUMBER\"}"));
        assertEquals(Set.of("name"), TestAccounts.fields(admin.post("/contacts/fields", "{\"target\":\"COMPANY\","
                + "\"name\":\"staff\",\"label\":\"Again\",\"kind\":\"TEXT\"}")));
        TestAccounts.created(admin.post("/contacts/fields", "{\"target\":\"COMPANY\",\"name\":\"segment\","
                + "\"label\":\"Segment\",\"kind\":\"CHOICE\",\"options\":[\"smb\",\"enterprise\"]}"));
        TestAccounts.created(admin.post("/contacts/fields", "{\"target\":\"COMPANY\",\"name\":\"partner_since\","
                + "\"label\":\"Partner since\",\"kind\":\"DATE\",\"scope\":\"GROUP\",\"scopeId\":" + partners
                + "}"));
        TestAccounts.created(admin.post("/contacts/fields", "{\"target\":\"COMPANY\",\"name\":\"big_only\","
                + "\"label\":\"Only on Big\",\"kind\":\"BOOLEAN\",\"scope\":\"RECORD\",\"scopeId\":" + big
                + "}"));

        // values are checked by kind and by scope; a refused call stores nothing
        Http.Reply wrong = admin.put("/contacts/companies/" + big + "/fields", "{\"staff\":\"many\","
                + "\"segment\":\"huge\",\"partner_since\":\"2020-01-01\",\"big_only\":true}");
        assertEquals(Set.of("fields.staff", "fields.segment", "fields.partner_since"), TestAccounts.fields(wrong));
        assertEquals("{}", admin.get("/contacts/companies/" + big + "/fields").json().toString());
        assertEquals(Set.of("fields.big_only"), TestAccounts.fields(admin.put("/contacts/companies/" + small
                + "/fields", "{\"big_only\":true}")));

        // in the group, the group's field applies
        admin.post("/contacts/groups/" + partners + "/members", "{\"ids\":[" + big + "]}");
        Http.Reply set = admin.put("/contacts/companies/" + big + "/fields", "{\"staff\":1200,"
                + "\"segment\":\"enterprise\",\"partner_since\":\"2020-01-01\",\"big_only\":true}");
        assertEquals(set.toString(), 200, set.status());
        JsonNode values = admin.get("/contacts/companies/" + big + "/fields").json();
        assertEquals(1200, values.path("staff").asInt());
        assertTrue(values.path("staff").isNumber());
        assertEquals("enterprise", values.path("segment").asText());
        assertEquals("2020-01-01", values.path("partner_since").asText());
        assertTrue(values.path("big_only").asBoolean());
        // the card's history tells who set which field
        String changes = admin.get("/contacts/companies/" + big + "/history").json().toString();
        assertTrue(changes, changes.contains("fields.staff") && changes.contains("1200")
                && changes.contains("fields.segment") && changes.contains("enterprise"));
        admin.put("/contacts/companies/" + small + "/fields", "{\"staff\":\"12\",\"segment\":\"smb\"}");
        assertEquals(4, admin.get("/contacts/companies/" + big + "/fields/definitions").json().size());
        assertEquals(2, admin.get("/contacts/companies/" + small + "/fields/definitions").json().size());

        // the lists filter on them, numbers as numbers
        assertEquals(List.of(big), ids(admin.get("/contacts/companies?q=fieldtest&filter=field.staff:gt:100")));
        assertEquals(List.of(small), ids(admin.get("/contacts/companies?q=fieldtest&filter=field.staff:lt:100")));
        assertEquals(List.of(small), ids(admin.get("/contacts/companies?q=fieldtest&filter=field.segment:eq:smb")));
        assertEquals(List.of(small), ids(admin.get("/contacts/companies?q=fieldtest&filter=field.partner_since:null")));
        assertEquals(Set.of("filter"), TestAccounts.fields(admin.get("/contacts/companies?filter=field.nope:eq:1")));
        assertEquals(Set.of("filter"), TestAccounts.fields(admin.get("/contacts/companies?filter=field.staff:gt:x")));
        // clearing a value
        admin.put("/contacts/companies/" + small + "/fields", "{\"segment\":null}");
        assertFalse(admin.get("/contacts/companies/" + small + "/fields").json().has("segment"));
    }

    @Test
    public void aCsvImportChecksEveryRowReportsTheBadOnesAndSkipsDuplicates() throws Exception {
        Http admin = admin();
        TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Import Existing\","
                + "\"shortCode\":\"IMPEX\"}"));
        // Polish Excel: semicolons, Windows-1250, Polish column names and labels instead of codes
        String csv = "Nazwa;Skrót;NIP;Miejscowość;Status;Telefon;E-mail\n"
                + "Import Łódzki;IMP1;725-000-00-01;Łódź;Customer;+48 42 111 22 33;biuro@lodzki.example\n"
                + "Import Bez Nazwy Błąd;;;;Nie ma takiego;;zly-adres\n"
                + ";IMP3;;Kraków;;;\n"
                + "Import Existing Again;IMPEX;;;;;\n"
                + "Import Gdański;IMP5;;Gdańsk;prospect;;\n";
        byte[] file = csv.getBytes(java.nio.charset.Charset.forName("windows-1250"));
        JsonNode preview = admin.post("/contacts/imports/companies/preview", "text/csv", file).json();
        assertEquals(preview.toString(), "name", preview.path("mapping").path("0").asText());
        assertEquals("taxId", preview.path("mapping").path("2").asText());
        assertEquals("registeredAddress.city", preview.path("mapping").path("3").asText());
        assertEquals("Łódź", preview.path("sample").get(0).get(3).asText());
        assertEquals(5, preview.path("rows").asInt());

        // all or nothing: the bad rows stop everything
        Http.Reply strict = admin.post("/contacts/imports/companies?onlyIfAllValid=true", "text/csv", file);
        assertEquals(strict.toString(), 202, strict.status());
        JsonNode refused = admin.awaitJob(strict.json().path("id").asText(), 60);
        assertEquals(refused.toString(), "DONE", refused.path("state").asText());
        assertFalse(refused.path("result").path("stored").asBoolean());
        assertEquals(0, ids(admin.get("/contacts/companies?q=import%20lodzki")).size());

        // the usual way: good rows in, bad ones reported by row number, the duplicate skipped
        JsonNode done = admin.awaitJob(admin.post("/contacts/imports/companies", "text/csv", file).json()
                .path("id").asText(), 60);
        JsonNode report = done.path("result");
        assertEquals(done.toString(), 2, report.path("created").asInt());
        assertEquals(2, report.path("failed").asInt());
        assertEquals(1, report.path("skipped").asInt());
        assertEquals(10, done.path("total").asInt());
        assertEquals(done.path("total").asInt(), done.path("done").asInt());
        String rows = report.path("rowsToCheck").toString();
        assertTrue(rows, rows.contains("\"row\":3") && rows.contains("status") && rows.contains("emails"));
        assertTrue(rows, rows.contains("\"row\":4") && rows.contains("name"));
        assertTrue(rows, rows.contains("\"row\":5") && rows.contains("SKIPPED"));
        JsonNode lodz = admin.get("/contacts/companies?q=lodz&filter=shortCode:eq:IMP1").json().path("items").get(0);
        assertEquals("customer", lodz.path("status").asText());
        assertEquals("Łódź", lodz.path("registeredAddress").path("city").asText());
        assertEquals("+48 42 111 22 33", lodz.path("phones").get(0).asText());

        // again, updating: the duplicates take the row's values
        String again = "name,code,city\nImport Łódzki Sp. z o.o.,IMP1,Łódź\n";
        JsonNode updated = admin.awaitJob(admin.post("/contacts/imports/companies?duplicates=UPDATE", "text/csv",
                again.getBytes(java.nio.charset.StandardCharsets.UTF_8)).json().path("id").asText(), 60);
        assertEquals(updated.toString(), 1, updated.path("result").path("updated").asInt());
        assertEquals("Import Łódzki Sp. z o.o.", admin.get("/contacts/companies/" + lodz.path("id").asLong()).json()
                .path("name").asText());
        assertEquals("customer", admin.get("/contacts/companies/" + lodz.path("id").asLong()).json()
                .path("status").asText());
        // the export of a search reads back in: column names in the user's language that the import knows,
        // Excel-friendly UTF-8
        Http.Reply exported = admin.get("/contacts/companies/export?q=import&filter=shortCode:eq:IMP1");
        assertEquals(exported.toString(), 200, exported.status());
        assertTrue(exported.body(), exported.body().contains("Name,Short code,Tax ID")
                && exported.body().contains("Import Łódzki Sp. z o.o.,IMP1"));
        assertEquals(1, exported.body().strip().split("\r?\n").length - 1);
        JsonNode preview2 = admin.post("/contacts/imports/companies/preview", "text/csv",
                exported.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).json();
        assertEquals("name", preview2.path("mapping").path("0").asText());
        assertEquals("registeredAddress.city", preview2.path("mapping").path("9").asText());
        // a Polish user gets Polish column names, which the import reads as well
        Http.Reply polish = admin.put("/people/settings/ui.language/personal", "{\"value\":\"pl\"}");
        assertTrue(polish.toString(), polish.status() < 300);
        Http.Reply polishExport = admin.get("/contacts/companies/export?q=import&filter=shortCode:eq:IMP1");
        admin.delete("/people/settings/ui.language/personal");
        assertTrue(polishExport.body(), polishExport.body().contains("Nazwa,Skrót,NIP,Status,Kategoria,Branża"));
        JsonNode polishPreview = admin.post("/contacts/imports/companies/preview", "text/csv",
                polishExport.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).json();
        assertEquals("name", polishPreview.path("mapping").path("0").asText());
        assertEquals("shortCode", polishPreview.path("mapping").path("1").asText());
        assertEquals("taxId", polishPreview.path("mapping").path("2").asText());
        assertEquals("lineOfBusiness", polishPreview.path("mapping").path("6").asText());
        assertEquals("emails", polishPreview.path("mapping").path("14").asText());
        // a file that is no table is refused at once
        assertEquals(Set.of("file"), TestAccounts.fields(admin.post("/contacts/imports/companies", "text/csv",
                "just one line".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    public void anExcelExportIsEditedInTheWorkbookAndImportedBack() throws Exception {
        Http admin = admin();
        long first = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Arkusz Żółty\","
                + "\"shortCode\":\"XL1\",\"status\":\"prospect\",\"registeredAddress\":{\"city\":\"Łódź\"}}"));
        TestAccounts.created(admin.post("/contacts/fields", "{\"target\":\"COMPANY\",\"name\":\"xl_rating\","
                + "\"label\":\"Rating XL\",\"kind\":\"NUMBER\",\"scope\":\"RECORD\",\"scopeId\":" + first + "}"));
        TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Arkusz Zielony\","
                + "\"shortCode\":\"XL2\",\"registeredAddress\":{\"city\":\"Gdańsk\"}}"));
        admin.put("/contacts/companies/" + first + "/fields", "{\"xl_rating\":4.5}");

        Http.Download exported = admin.download("/contacts/companies/export?q=arkusz&format=xlsx&sort=name");
        assertEquals(exported.toString(), 200, exported.status());
        assertTrue(exported.toString(), exported.contentType()
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        // the workbook is a zip of XML parts; its sheet holds the rows in name order, the custom field as a number
        java.util.Map<String, byte[]> parts = unzip(exported.bytes());
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sheet, sheet.contains(">Rating XL<") && sheet.contains(">Status<"));
        // dates are date cells (a number with a date style), not text
        assertTrue(sheet, sheet.matches("(?s).*<c r=\"R2\" s=\"\\d+\" t=\"n\"><v>\\d+(\\.0)?</v></c>.*"));
        assertTrue(sheet, sheet.indexOf(">Arkusz Zielony<") > 0
                && sheet.indexOf(">Arkusz Zielony<") < sheet.indexOf(">Arkusz Żółty<"));
        assertTrue(sheet, sheet.matches("(?s).*<c r=\"[A-Z]+3\" t=\"n\"><v>4.5</v></c>.*"));
        // the user changes a status and a name, and saves the workbook
        parts.put("xl/worksheets/sheet1.xml", sheet.replace(">prospect<", ">customer<")
                .replace(">Arkusz Zielony<", ">Arkusz Zielony Sp. z o.o.<")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] edited = zip(parts);
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        JsonNode preview = admin.post("/contacts/imports/companies/preview", xlsx, edited).json();
        assertEquals(preview.toString(), "name", preview.path("mapping").path("0").asText());
        assertEquals(2, preview.path("rows").asInt());
        JsonNode done = admin.awaitJob(admin.post("/contacts/imports/companies?duplicates=UPDATE", xlsx, edited)
                .json().path("id").asText(), 60);
        assertEquals(done.toString(), 2, done.path("result").path("updated").asInt());
        assertEquals("customer", admin.get("/contacts/companies/" + first).json().path("status").asText());
        assertEquals(List.of("Arkusz Zielony Sp. z o.o."), admin.get("/contacts/companies?q=arkusz%20zielony").json()
                .findValuesAsText("name"));
        // the CSV export carries the custom field too
        String csv = admin.get("/contacts/companies/export?q=arkusz%20zolty").body();
        assertTrue(csv, csv.contains("Rating XL") && csv.contains(",4.5"));
        // a file that is neither CSV nor a workbook, and an unknown format
        assertEquals(Set.of("file"), TestAccounts.fields(admin.post("/contacts/imports/companies/preview", xlsx,
                new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6})));
        assertEquals(Set.of("format"), TestAccounts.fields(admin.get("/contacts/companies/export?format=pdf")));
    }

    private static java.util.Map<String, byte[]> unzip(byte[] file) throws java.io.IOException {
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(file))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(java.util.Map<String, byte[]> parts) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    public void vCardsFromGoogleOutlookAndThunderbirdImportAndExportedCardsReadBack() throws Exception {
        Http admin = admin();
        long works = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Wiązka Kabli Łódź\","
                + "\"registeredAddress\":{\"street\":\"ul. Piotrkowska 1\",\"postalCode\":\"90-001\","
                + "\"city\":\"Łódź\",\"country\":\"PL\"}}"));
        // Google (3.0, grouped item lines), Outlook (2.1, quoted-printable Windows-1250), Thunderbird (4.0)
        String google = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Halina Wiązowska\r\nN:Wiązowska;Halina;;;\r\n"
                + "EMAIL;TYPE=INTERNET;TYPE=WORK:halina@wiazka.example\r\nTEL;TYPE=WORK:+48 42 600 10 10\r\n"
                + "item1.EMAIL;TYPE=INTERNET:halina.w@home.example\r\nitem1.X-ABLabel:Other\r\n"
                + "ORG:Wiązka Kabli Łódź\r\nTITLE:Główna księgowa\r\nBDAY:1979-11-30\r\nEND:VCARD\r\n";
        String outlook = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1250;ENCODING=QUOTED-PRINTABLE:"
                + "=A3=EAcki;Jerzy\r\nORG:Hurtownia Nieznana;Zakupy\r\nTEL;CELL;VOICE:601 222 333\r\n"
                + "EMAIL;PREF;INTERNET:jerzy@vcard-nieznana.example\r\nEND:VCARD\r\n";
        String thunderbird = "BEGIN:VCARD\nVERSION:4.0\nN:Zielińska;Ewa;;Dr;\nFN:Dr Ewa Zielińska\n"
                + "EMAIL;PREF=1:ewa@vcard-zielinska.example\nBDAY;VALUE=DATE:19800412\nNOTE:line one\\nline two\n"
                + "END:VCARD\n";
        String broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEMAIL:no-name@vcard.example\r\nEND:VCARD\r\n";
        byte[] file = (google + outlook + thunderbird + broken).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode done = admin.awaitJob(admin.post("/contacts/imports/representatives", "text/vcard", file).json()
                .path("id").asText(), 60);
        JsonNode report = done.path("result");
        assertEquals(done.toString(), 3, report.path("created").asInt());
        assertEquals(done.toString(), 1, report.path("failed").asInt());
        String rows = report.path("rowsToCheck").toString();
        assertTrue(rows, rows.contains("\"row\":4") && rows.contains("lastName"));
        assertTrue(rows, rows.contains("\"row\":2") && rows.contains("Hurtownia Nieznana"));

        JsonNode halina = admin.get("/contacts/representatives?q=wiazowska").json().path("items").get(0);
        assertEquals("Halina", halina.path("firstName").asText());
        assertEquals("1979-11-30", halina.path("birthday").asText());
        assertEquals(List.of("halina.w@home.example"), TestAccounts.texts(halina.path("emails")));
        JsonNode job = halina.path("employments").get(0);
        assertEquals(works, job.path("companyId").asLong());
        assertEquals("Główna księgowa", job.path("position").asText());
        assertEquals("halina@wiazka.example", job.path("email").asText());
        assertEquals("+48 42 600 10 10", job.path("phone").asText());
        JsonNode jerzy = admin.get("/contacts/representatives?q=jerzy%20lecki").json().path("items").get(0);
        assertEquals("Łęcki", jerzy.path("lastName").asText());
        assertEquals(0, jerzy.path("employments").size());
        assertTrue(jerzy.path("notes").asText(), jerzy.path("notes").asText().contains("Hurtownia Nieznana, Zakupy"));
        JsonNode ewa = admin.get("/contacts/representatives?q=ewa%20zielinska").json().path("items").get(0);
        assertEquals("Dr", ewa.path("title").asText());
        assertEquals("line one\nline two", ewa.path("notes").asText());

        // the same file again: everyone is found as stored already
        JsonNode again = admin.awaitJob(admin.post("/contacts/imports/representatives", "text/vcard", file).json()
                .path("id").asText(), 60).path("result");
        assertEquals(again.toString(), 3, again.path("skipped").asInt());
        assertEquals(0, again.path("created").asInt());

        // exported as 3.0 and 4.0, read back as new people: the same names, work and private details
        List<String> exports = new java.util.ArrayList<>();
        for (String version : List.of("3.0", "4.0")) {
            Http.Reply exported = admin.get("/contacts/representatives/export.vcf?q=wiazowska&version=" + version);
            assertEquals(exported.toString(), 200, exported.status());
            assertTrue(exported.body(), exported.body().startsWith("BEGIN:VCARD\r\nVERSION:" + version + "\r\n")
                    && exported.body().contains("ORG:Wiązka Kabli Łódź\r\n")
                    && exported.body().contains("ul. Piotrkowska 1;Łódź;;90-001;PL"));
            exports.add(exported.body());
        }
        for (String exported : exports) {
            JsonNode back = admin.awaitJob(admin.post("/contacts/imports/representatives?duplicates=CREATE",
                    "text/vcard", exported.getBytes(java.nio.charset.StandardCharsets.UTF_8)).json()
                    .path("id").asText(), 60).path("result");
            assertEquals(back.toString(), 1, back.path("created").asInt());
        }
        JsonNode copies = admin.get("/contacts/representatives?q=wiazowska").json().path("items");
        assertEquals(3, copies.size());
        for (JsonNode copy : copies) {
            assertEquals("Wiązowska", copy.path("lastName").asText());
            assertEquals("1979-11-30", copy.path("birthday").asText());
            assertEquals(List.of("halina.w@home.example"), TestAccounts.texts(copy.path("emails")));
            assertEquals(works, copy.path("employments").get(0).path("companyId").asLong());
            assertEquals("Główna księgowa", copy.path("employments").get(0).path("position").asText());
            assertEquals("halina@wiazka.example", copy.path("employments").get(0).path("email").asText());
        }
        // not a vCard file, a wrong version, and a caller without the key
        assertEquals(Set.of("file"), TestAccounts.fields(admin.post("/contacts/imports/representatives",
                "text/vcard", "name,email\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(Set.of("version"), TestAccounts.fields(admin.get(
                "/contacts/representatives/export.vcf?version=2.1")));
        TestAccounts people = new TestAccounts(admin, anonymous);
        people.account("vc-reader", people.role("vc-reader", List.of("contacts.representative.read",
                "contacts.representative.create"), Map.of("contacts.representative", "ALL"), List.of()));
        assertEquals(403, anonymous.as("vc-reader", TestAccounts.PASSWORD).post("/contacts/imports/representatives",
                "text/vcard", file).status());
    }

    @Test
    public void selectionsHandTheMarkedRecordsToOtherModulesAsRowsOfMergeFields() throws Exception {
        Http admin = admin();
        JsonNode sources = admin.get("/people/record-sources").json();
        assertTrue(sources.toString(), sources.toString().contains("\"recordType\":\"contacts.company\"")
                && sources.toString().contains("\"key\":\"postalCode\"")
                && sources.toString().contains("\"recordType\":\"contacts.representative\""));
        long first = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Selected One\","
                + "\"registeredAddress\":{\"street\":\"Długa 5\",\"postalCode\":\"80-001\",\"city\":\"Gdańsk\"}}"));
        long second = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Selected Two\"}"));
        TestAccounts.created(admin.post("/contacts/representatives", "{\"firstName\":\"Ola\",\"lastName\":\"Main\","
                + "\"employments\":[{\"companyId\":" + first + ",\"mainContact\":true}]}"));
        long selection = TestAccounts.created(admin.post("/people/selections", "{\"name\":\"Christmas mailing\","
                + "\"recordType\":\"contacts.company\",\"ids\":[" + second + "," + first + "]}"));
        JsonNode rows = admin.get("/people/selections/" + selection + "/rows").json();
        assertEquals(rows.toString(), 2, rows.size());
        assertEquals("Selected Two", rows.get(0).path("name").asText());
        assertEquals("80-001", rows.get(1).path("postalCode").asText());
        assertEquals("Ola Main", rows.get(1).path("mainContact").asText());
        assertEquals(Set.of("recordType"), TestAccounts.fields(admin.post("/people/selections",
                "{\"name\":\"Wrong\",\"recordType\":\"nothing.here\",\"ids\":[1]}")));
        assertEquals(Set.of("name"), TestAccounts.fields(admin.post("/people/selections",
                "{\"name\":\"christmas MAILING\",\"recordType\":\"contacts.company\",\"ids\":[1]}")));

        // another user sees neither it nor, through a shared one, records outside their scope
        TestAccounts people = new TestAccounts(admin, anonymous);
        people.account("sel-clerk", people.role("sel-clerk", List.of("contacts.company.read"),
                Map.of("contacts.company", "OWN"), List.of()));
        Http clerk = anonymous.as("sel-clerk", TestAccounts.PASSWORD);
        assertEquals(404, clerk.get("/people/selections/" + selection).status());
        long shared = TestAccounts.created(admin.post("/people/selections", "{\"name\":\"Shared list\","
                + "\"recordType\":\"contacts.company\",\"shared\":true,\"ids\":[" + first + "]}"));
        assertEquals(200, clerk.get("/people/selections/" + shared).status());
        assertEquals(0, clerk.get("/people/selections/" + shared + "/rows").json().size());
        assertEquals(403, clerk.delete("/people/selections/" + shared).status());

        // saved searches of a list, checked for their syntax
        Http.Reply saved = admin.post("/people/saved-filters", "{\"name\":\"Customers in Gdańsk\","
                + "\"listKey\":\"contacts.company\",\"query\":\"gdansk\",\"filters\":[\"status:eq:customer\"],"
                + "\"shared\":true}");
        assertEquals(saved.toString(), 201, saved.status());
        assertTrue(clerk.get("/people/saved-filters?list=contacts.company").body().contains("Customers in Gdańsk"));
        assertEquals(Set.of("filter"), TestAccounts.fields(admin.post("/people/saved-filters", "{\"name\":\"Bad\","
                + "\"listKey\":\"contacts.company\",\"filters\":[\"no-operator\"]}")));
        assertEquals(204, admin.delete("/people/selections/" + selection).status());
    }

    @Test
    public void theModuleLeavesAndComesBackWithItsDataKept() throws Exception {
        Http admin = admin();
        long kept = TestAccounts.created(admin.post("/contacts/companies", "{\"name\":\"Kept Through Reinstall\"}"));
        // its console views go with it, and the journal, which needs the contacts module, goes first
        features.uninstallFeatures(Set.of("cairn-journal-ui", "cairn-journal", "cairn-contacts-ui", "cairn-contacts"),
                EnumSet.noneOf(FeaturesService.Option.class));
        admin.await("/contacts/companies", 404, 60);
        features.installFeatures(Set.of("cairn-contacts", "cairn-contacts-ui", "cairn-journal", "cairn-journal-ui"),
                EnumSet.noneOf(FeaturesService.Option.class));
        admin.await("/contacts/companies/" + kept, 200, 90);
        assertEquals("Kept Through Reinstall", admin.get("/contacts/companies/" + kept).json().path("name")
                .asText());
    }

    private static List<Long> ids(Http.Reply page) {
        assertEquals(page.toString(), 200, page.status());
        List<Long> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}

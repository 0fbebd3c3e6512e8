package org.cairncrm.contacts.internal;

import java.util.List;
import java.util.Random;

import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.RepresentativeData;

/**
 * Made-up but plausible companies and people, Polish and English, for demo servers and benchmarks. The same seed
 * gives the same records, so that benchmark runs compare.
 */
final class CompanyGenerator {

    private static final List<String> PL_STEMS = List.of("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński",
            "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
            "Krawczyk", "Piotrowski", "Grabowski", "Pawłowski", "Michalski", "Zając", "Król");
    private static final List<String> PL_KINDS = List.of("Przedsiębiorstwo Handlowe", "Zakład Produkcyjny",
            "Hurtownia", "Usługi Budowlane", "Transport", "Biuro Rachunkowe", "Drukarnia", "Piekarnia",
            "Serwis Komputerowy", "Meble");
    private static final List<String> PL_FORMS = List.of("sp. z o.o.", "S.A.", "s.c.", "sp.j.", "");
    private static final List<String> EN_STEMS = List.of("Anvil", "Harbour", "Northwind", "Bluebell", "Granite",
            "Kestrel", "Meridian", "Oakridge", "Pinewood", "Redstone", "Silverline", "Thornbury", "Westbrook",
            "Yarrow", "Cobalt", "Fernhill", "Ashford", "Brightwater", "Clearview", "Dovetail");
    private static final List<String> EN_KINDS = List.of("Trading", "Engineering", "Logistics", "Foods",
            "Furniture", "Printing", "Software", "Builders", "Supplies", "Consulting");
    private static final List<String> EN_FORMS = List.of("Ltd", "plc", "LLP", "& Sons", "Group");
    /** city, postal code prefix, area code of the dictionary, region, dialling prefix */
    private static final List<String[]> PL_CITIES = List.of(
            new String[] {"Warszawa", "00", "central", "mazowieckie", "22"},
            new String[] {"Kraków", "30", "south", "małopolskie", "12"},
            new String[] {"Łódź", "90", "central", "łódzkie", "42"},
            new String[] {"Wrocław", "50", "west", "dolnośląskie", "71"},
            new String[] {"Poznań", "60", "west", "wielkopolskie", "61"},
            new String[] {"Gdańsk", "80", "north", "pomorskie", "58"},
            new String[] {"Szczecin", "70", "north", "zachodniopomorskie", "91"},
            new String[] {"Lublin", "20", "east", "lubelskie", "81"},
            new String[] {"Białystok", "15", "east", "podlaskie", "85"},
            new String[] {"Rzeszów", "35", "south", "podkarpackie", "17"},
            new String[] {"Bydgoszcz", "85", "north", "kujawsko-pomorskie", "52"},
            new String[] {"Katowice", "40", "south", "śląskie", "32"});
    private static final List<String[]> EN_CITIES = List.of(
            new String[] {"London", "EC1A", "west", "Greater London", "20"},
            new String[] {"Manchester", "M1", "west", "Greater Manchester", "161"},
            new String[] {"Leeds", "LS1", "north", "West Yorkshire", "113"},
            new String[] {"Bristol", "BS1", "west", "Bristol", "117"},
            new String[] {"Edinburgh", "EH1", "north", "Scotland", "131"});
    private static final List<String> PL_STREETS = List.of("Marszałkowska", "Piotrkowska", "Długa", "Polna",
            "Leśna", "Słoneczna", "Kościuszki", "Mickiewicza", "Żeromskiego", "Ogrodowa", "Przemysłowa", "Łąkowa");
    private static final List<String> EN_STREETS = List.of("High Street", "Station Road", "Church Lane",
            "Mill Road", "Victoria Street", "Park Avenue", "Queens Road", "King Street");
    private static final List<String> PL_FIRST = List.of("Anna", "Piotr", "Katarzyna", "Tomasz", "Małgorzata",
            "Paweł", "Agnieszka", "Michał", "Ewa", "Krzysztof", "Joanna", "Łukasz", "Zofia", "Grzegorz");
    private static final List<String> EN_FIRST = List.of("Emma", "James", "Olivia", "George", "Amelia", "Harry",
            "Isla", "Jack", "Sophie", "Thomas");
    private static final List<String> EN_LAST = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Davies", "Evans", "Thomas", "Roberts");
    private static final List<String> POSITIONS = List.of("Purchasing manager", "Managing director", "Accountant",
            "Sales representative", "Office manager", "Buyer", "Technical director", "Logistics coordinator");
    private static final List<String> STATUSES = List.of("prospect", "prospect", "customer", "customer", "customer",
            "former", "supplier", "partner");
    private static final List<String> INDUSTRIES = List.of("manufacturing", "retail", "wholesale", "construction",
            "transport", "it", "finance", "healthcare", "services");
    private static final List<String> CATEGORIES = List.of("a", "b", "b", "c", "c", "c");

    private final Random random;

    CompanyGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The {@code n}-th company (its number makes the short code unique). */
    CompanyData company(int n) {
        boolean polish = random.nextInt(4) != 0;
        String name = polish
                ? pick(PL_KINDS) + " " + pick(PL_STEMS) + " " + pick(PL_FORMS)
                : pick(EN_STEMS) + " " + pick(EN_KINDS) + " " + pick(EN_FORMS);
        String[] city = polish ? pick(PL_CITIES) : pick(EN_CITIES);
        String street = (polish ? "ul. " + pick(PL_STREETS) : pick(EN_STREETS)) + " " + (1 + random.nextInt(180));
        String postal = polish ? city[1] + "-" + String.format("%03d", random.nextInt(1000))
                : city[1] + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        Address address = new Address(street, postal, city[0], city[2], city[3], polish ? "PL" : "GB");
        String phone = polish
                ? "+48 " + city[4] + " " + digits(3) + " " + digits(2) + " " + digits(2)
                : "+44 " + city[4] + " " + digits(4) + " " + digits(4);
        String domain = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "");
        domain = domain.substring(0, Math.min(8, domain.length())) + n;
        String taxId = polish ? digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(2) : "GB" + digits(9);
        return new CompanyData(null, null, name.strip(), "C" + n, pick(INDUSTRIES), pick(STATUSES), pick(CATEGORIES),
                null, taxId, address, random.nextInt(5) == 0 ? address : null, List.of(phone),
                List.of("office@" + domain + (polish ? ".pl" : ".co.uk")), "https://www." + domain
                + (polish ? ".pl" : ".co.uk"), null, null, null);
    }

    /** A person working at {@code companyId}, main contact if {@code main}. */
    RepresentativeData representative(long companyId, String companyName, boolean main) {
        boolean polish = !companyName.matches(".*(Ltd|plc|LLP|Sons|Group)$");
        String first = polish ? pick(PL_FIRST) : pick(EN_FIRST);
        String last = polish ? pick(PL_STEMS) : pick(EN_LAST);
        if (polish && (first.endsWith("a")) && last.endsWith("ski")) {
            last = last.substring(0, last.length() - 1) + "a";
        }
        String login = (first.charAt(0) + "." + last).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z.]", "");
        EmploymentData work = new EmploymentData(null, companyId, null, pick(POSITIONS), null,
                polish ? "+48 " + digits(3) + " " + digits(3) + " " + digits(3) : "+44 7" + digits(3) + " " + digits(6),
                login + "@example." + (polish ? "pl" : "co.uk"), null, null, main);
        java.time.LocalDate birthday = random.nextInt(3) == 0 ? null
                : java.time.LocalDate.of(1955 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new RepresentativeData(null, null, first, last, null, List.of(), List.of(), birthday, null, null,
                null, List.of(work), null);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}

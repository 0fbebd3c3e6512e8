package org.cairncrm.contacts.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * Representatives as vCards. Writes 3.0 (RFC 2426, which Google Contacts and Outlook read) or 4.0 (RFC 6350,
 * Thunderbird's own); reads 2.1 (Outlook's quoted-printable cards), 3.0 and 4.0, including Google's grouped
 * {@code item1.EMAIL} lines and folded lines.
 */
final class VCards {

    static final int MAX = 100_000;

    private VCards() {
    }

    // ----------------------------------------------------------------------------------------------- writing

    static byte[] export(Representatives people, Function<Long, Address> companyAddress, PageRequest request,
                         boolean four) {
        StringBuilder out = new StringBuilder();
        int written = 0;
        for (int page = 0; written < MAX; page++) {
            Page<RepresentativeData> rows = people.list(new PageRequest(page, PageRequest.MAX_SIZE, request.sort(),
                    request.filters(), request.query()));
            for (RepresentativeData person : rows.items()) {
                card(out, person, companyAddress, four);
                written++;
            }
            if (rows.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The employment a card shows: the current main one, else the first current one. */
    static EmploymentData mainWork(RepresentativeData person) {
        LocalDate today = LocalDate.now();
        return person.employments().stream().filter(e -> e.currentOn(today))
                .sorted((a, b) -> Boolean.compare(b.mainContact(), a.mainContact())).findFirst().orElse(null);
    }

    static void card(StringBuilder out, RepresentativeData p, Function<Long, Address> at, boolean four) {
        line(out, "BEGIN:VCARD");
        line(out, four ? "VERSION:4.0" : "VERSION:3.0");
        if (four) {
            line(out, "KIND:individual");
        }
        line(out, "N:" + esc(p.lastName()) + ";" + esc(p.firstName()) + ";;" + esc(p.title()) + ";");
        line(out, "FN:" + esc(p.displayName()));
        EmploymentData work = mainWork(p);
        if (work != null && work.companyName() != null && !work.companyName().isEmpty()) {
            line(out, "ORG:" + esc(work.companyName()) + (work.department() == null ? ""
                    : ";" + esc(work.department())));
            if (work.position() != null) {
                line(out, "TITLE:" + esc(work.position()));
            }
            if (work.phone() != null) {
                line(out, (four ? "TEL;TYPE=work,voice:" : "TEL;TYPE=WORK,VOICE:") + esc(work.phone()));
            }
            if (work.email() != null) {
                line(out, (four ? "EMAIL;TYPE=work:" : "EMAIL;TYPE=INTERNET,WORK:") + esc(work.email()));
            }
            Address a = at.apply(work.companyId());
            if (a != null && !a.blank()) {
                line(out, (four ? "ADR;TYPE=work:" : "ADR;TYPE=WORK:") + ";;" + esc(a.street()) + ";"
                        + esc(a.city()) + ";" + esc(a.region()) + ";" + esc(a.postalCode()) + ";" + esc(a.country()));
            }
        }
        for (String phone : p.phones()) {
            line(out, (four ? "TEL;TYPE=home,voice:" : "TEL;TYPE=HOME,VOICE:") + esc(phone));
        }
        for (String email : p.emails()) {
            line(out, (four ? "EMAIL;TYPE=home:" : "EMAIL;TYPE=INTERNET,HOME:") + esc(email));
        }
        if (p.birthday() != null) {
            // 4.0 takes the basic ISO 8601 form only (RFC 6350 4.3.1)
            line(out, "BDAY:" + (four ? p.birthday().toString().replace("-", "") : p.birthday().toString()));
        }
        if (p.notes() != null) {
            line(out, "NOTE:" + esc(p.notes()));
        }
        line(out, "UID:urn:cairn:" + Representatives.TYPE + ":" + p.id());
        line(out, "END:VCARD");
    }

    /** Backslash, comma, semicolon and line breaks escaped (RFC 2426 section 4, RFC 6350 3.4). */
    static String esc(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** A content line, folded at 75 octets with CRLF and a space, never inside a character. */
    private static void line(StringBuilder out, String content) {
        if (content.getBytes(StandardCharsets.UTF_8).length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int size = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (size + length > 75) {
                out.append("\r\n ");
                size = 1;
            }
            out.appendCodePoint(cp);
            size += length;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    // ----------------------------------------------------------------------------------------------- reading

    /** One value of a card with the types it was given (lower case: work, home, cell, pref, ...). */
    record Typed(String value, List<String> types) {

        boolean is(String type) {
            return types.contains(type);
        }
    }

    /** What a card says, as far as a representative can hold it. */
    record Card(int number, String firstName, String lastName, String title, String fullName, String organization,
                String department, String position, List<Typed> phones, List<Typed> emails, LocalDate birthday,
                String birthdayProblem, String notes) {

        /** "Anna Wójcik", or the card's number when it names nobody. */
        String label() {
            String name = fullName != null ? fullName
                    : ((firstName == null ? "" : firstName + " ") + (lastName == null ? "" : lastName)).strip();
            return name.isEmpty() ? "card " + number : name;
        }
    }

    /** A property line taken apart: group, name (upper case), parameters (names upper case), raw value. */
    record Property(String name, Map<String, List<String>> parameters, String value) {

        List<String> types() {
            List<String> types = new ArrayList<>();
            for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
                if (p.getKey().equals("TYPE")) {
                    for (String v : p.getValue()) {
                        for (String t : v.split(",")) {
                            types.add(t.strip().toLowerCase(Locale.ROOT));
                        }
                    }
                } else if (p.getValue().isEmpty()) {
                    types.add(p.getKey().toLowerCase(Locale.ROOT)); // 2.1: TEL;WORK;VOICE:
                }
            }
            if (parameters.containsKey("PREF")) {
                types.add("pref");
            }
            return types;
        }

        String parameter(String name) {
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** The cards of a .vcf file; a file with none, or not a vCard file at all, is refused by the caller. */
    static List<Card> read(byte[] file) {
        List<Card> cards = new ArrayList<>();
        List<Property> current = null;
        for (String line : unfold(text(file))) {
            if (line.isBlank()) {
                continue;
            }
            Property property = property(line);
            if (property == null) {
                continue;
            }
            if (property.name().equals("BEGIN") && property.value().strip().equalsIgnoreCase("VCARD")) {
                current = new ArrayList<>();
            } else if (property.name().equals("END") && property.value().strip().equalsIgnoreCase("VCARD")) {
                if (current != null) {
                    cards.add(card(cards.size() + 1, current));
                }
                current = null;
            } else if (current != null) {
                current.add(property);
            }
        }
        return cards;
    }

    /** UTF-8 (with or without byte order mark), else Windows-1252 as older Outlook writes. */
    private static String text(byte[] file) {
        int skip = file.length >= 3 && (file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB
                && (file[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, skip, file.length - skip)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, Charset.forName("windows-1252"));
        }
    }

    /**
     * Joins folded lines (a line starting with a space or tab continues the one before) and 2.1 quoted-printable
     * soft line breaks (a quoted-printable value ending in '=' continues on the next line).
     */
    static List<String> unfold(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        boolean softBreak = false;
        for (String line : raw) {
            if (current != null && (softBreak || !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t'))) {
                if (softBreak) {
                    current.setLength(current.length() - 1);
                    current.append(line.stripLeading());
                } else {
                    current.append(line, 1, line.length());
                }
            } else {
                if (current != null) {
                    lines.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            softBreak = current.length() > 0 && current.charAt(current.length() - 1) == '='
                    && quotedPrintable(current);
        }
        if (current != null) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static boolean quotedPrintable(CharSequence line) {
        String s = line.toString();
        int colon = s.indexOf(':');
        return colon > 0 && s.substring(0, colon).toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
    }

    /** name, parameters and value of one unfolded line; null when the line has no colon. */
    static Property property(String line) {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        List<String> head = splitUnquoted(line.substring(0, colon), ';');
        String name = head.get(0).strip().toUpperCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(dot + 1); // Google: item1.EMAIL
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String parameter : head.subList(1, head.size())) {
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                parameters.putIfAbsent(parameter.strip().toUpperCase(Locale.ROOT), new ArrayList<>());
            } else {
                String key = parameter.substring(0, equals).strip().toUpperCase(Locale.ROOT);
                List<String> values = parameters.computeIfAbsent(key, k -> new ArrayList<>());
                for (String v : splitUnquoted(parameter.substring(equals + 1), ',')) {
                    values.add(v.strip().replace("\"", ""));
                }
            }
        }
        String value = line.substring(colon + 1);
        List<String> encoding = parameters.getOrDefault("ENCODING", List.of());
        boolean qp = encoding.stream().anyMatch(e -> e.equalsIgnoreCase("QUOTED-PRINTABLE"))
                || parameters.containsKey("QUOTED-PRINTABLE");
        if (qp) {
            List<String> charset = parameters.getOrDefault("CHARSET", List.of());
            value = decodeQuotedPrintable(value, charset.isEmpty() ? "UTF-8" : charset.get(0));
        }
        return new Property(name, parameters, value);
    }

    private static List<String> splitUnquoted(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                part.append(c);
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    static String decodeQuotedPrintable(String value, String charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '=' && isHex(value, i + 1) && isHex(value, i + 2)) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        Charset cs;
        try {
            cs = Charset.forName(charset);
        } catch (RuntimeException unknown) {
            cs = StandardCharsets.UTF_8;
        }
        return bytes.toString(cs);
    }

    private static boolean isHex(String value, int at) {
        return at < value.length() && Character.digit(value.charAt(at), 16) >= 0;
    }

    /** The components of a structured value (N, ORG, ADR), unescaped. */
    static List<String> components(String value) {
        return unescaped(value, true);
    }

    static String unescapeText(String value) {
        return unescaped(value, false).get(0);
    }

    /** The value with its escapes undone, split at unescaped semicolons when {@code split}. */
    private static List<String> unescaped(String value, boolean split) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                part.append(unescape(value.charAt(++i)));
            } else if (c == ';' && split) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(char c) {
        return c == 'n' || c == 'N' ? "\n" : String.valueOf(c);
    }

    private static Card card(int number, List<Property> properties) {
        String first = null;
        String last = null;
        String title = null;
        String full = null;
        String organization = null;
        String department = null;
        String position = null;
        List<Typed> phones = new ArrayList<>();
        List<Typed> emails = new ArrayList<>();
        LocalDate birthday = null;
        String birthdayProblem = null;
        List<String> notes = new ArrayList<>();
        for (Property p : properties) {
            switch (p.name()) {
                case "N" -> {
                    List<String> n = components(p.value());
                    last = blankToNull(n.get(0));
                    first = n.size() > 1 ? blankToNull(joinAdditional(n.get(1), n.size() > 2 ? n.get(2) : "")) : null;
                    title = n.size() > 3 ? blankToNull(n.get(3)) : null;
                }
                case "FN" -> full = blankToNull(unescapeText(p.value()));
                case "ORG" -> {
                    List<String> org = components(p.value());
                    organization = blankToNull(org.get(0));
                    department = org.size() > 1 ? blankToNull(org.get(1)) : null;
                }
                case "TITLE" -> position = blankToNull(unescapeText(p.value()));
                case "TEL" -> {
                    String number1 = unescapeText(p.value()).strip();
                    if (number1.regionMatches(true, 0, "tel:", 0, 4)) {
                        number1 = number1.substring(4); // 4.0: VALUE=uri
                    }
                    if (!number1.isEmpty()) {
                        phones.add(new Typed(number1, p.types()));
                    }
                }
                case "EMAIL" -> {
                    String address = unescapeText(p.value()).strip();
                    if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
                        address = address.substring(7);
                    }
                    if (!address.isEmpty()) {
                        emails.add(new Typed(address, p.types()));
                    }
                }
                case "BDAY" -> {
                    String day = unescapeText(p.value()).strip();
                    try {
                        birthday = date(day);
                    } catch (DateTimeParseException | IndexOutOfBoundsException wrong) {
                        birthdayProblem = "birthday '" + day + "' is not a date with a year; left out";
                    }
                }
                case "NOTE" -> {
                    String note = unescapeText(p.value()).strip();
                    if (!note.isEmpty()) {
                        notes.add(note);
                    }
                }
                default -> {
                    // photos, addresses of the person, URLs, instant messaging: not kept
                }
            }
        }
        if (last == null && first == null && full != null) {
            int space = full.lastIndexOf(' ');
            last = space < 0 ? full : full.substring(space + 1);
            first = space < 0 ? null : full.substring(0, space);
        }
        return new Card(number, first, last, title, full, organization, department, position, phones, emails,
                birthday, birthdayProblem, notes.isEmpty() ? null : String.join("\n", notes));
    }

    private static String joinAdditional(String given, String additional) {
        return additional.isBlank() ? given : (given + " " + additional).strip();
    }

    /** 1980-04-12, 19800412, 1980-04-12T00:00:00Z; --0412 (no year) cannot be kept. */
    static LocalDate date(String day) {
        String d = day.contains("T") ? day.substring(0, day.indexOf('T')) : day;
        if (d.matches("\\d{8}")) {
            return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6, 8)));
        }
        return LocalDate.parse(d);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.cairncrm.contacts.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Kind;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/**
 * Representatives as vCards, read and written with ez-vcard. Writes 3.0 (RFC 2426, which Google Contacts and Outlook read) or 4.0 (RFC 6350,
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
        List<VCard> cards = new ArrayList<>();
        for (int page = 0; cards.size() < MAX; page++) {
            Page<RepresentativeData> rows = people.list(new PageRequest(page, PageRequest.MAX_SIZE, request.sort(),
                    request.filters(), request.query()));
            for (RepresentativeData person : rows.items()) {
                cards.add(vcard(person, companyAddress, four));
            }
            if (rows.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return write(cards, four).getBytes(StandardCharsets.UTF_8);
    }

    /** The employment a card shows: the current main one, else the first current one. */
    static EmploymentData mainWork(RepresentativeData person) {
        LocalDate today = LocalDate.now();
        return person.employments().stream().filter(e -> e.currentOn(today))
                .sorted((a, b) -> Boolean.compare(b.mainContact(), a.mainContact())).findFirst().orElse(null);
    }

    /** One representative's card, appended to {@code out} as vCard 4.0 or 3.0 text. */
    static void card(StringBuilder out, RepresentativeData p, Function<Long, Address> at, boolean four) {
        out.append(write(List.of(vcard(p, at, four)), four));
    }

    /**
     * The cards as text, escaped and encoded by ez-vcard (no PRODID line of the library's own); lines folded here at
     * 75 octets as RFC 6350 3.2 asks (ez-vcard counts characters, and a Polish line of 75 characters is longer).
     */
    private static String write(List<VCard> cards, boolean four) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (ezvcard.io.text.VCardWriter writer = new ezvcard.io.text.VCardWriter(text,
                four ? VCardVersion.V4_0 : VCardVersion.V3_0)) {
            writer.setAddProdId(false);
            // N:Wójcik;Anna;;; with all five components, as Outlook and Google write it
            writer.setIncludeTrailingSemicolons(true);
            writer.setCaretEncodingEnabled(false);
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            for (VCard card : cards) {
                writer.write(card);
            }
        } catch (java.io.IOException cannotHappenWithAStringWriter) {
            throw new java.io.UncheckedIOException(cannotHappenWithAStringWriter);
        }
        StringBuilder folded = new StringBuilder();
        for (String line : text.toString().split("\r\n")) {
            if (!line.isEmpty()) {
                fold(folded, line);
            }
        }
        return folded.toString();
    }

    /** A content line, folded at 75 octets with CRLF and a space, never inside a character. */
    private static void fold(StringBuilder out, String content) {
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

    private static VCard vcard(RepresentativeData p, Function<Long, Address> at, boolean four) {
        VCard card = new VCard();
        if (four) {
            card.setKind(Kind.individual());
        }
        StructuredName name = new StructuredName();
        name.setFamily(p.lastName());
        name.setGiven(p.firstName());
        if (p.title() != null && !p.title().isBlank()) {
            name.getPrefixes().add(p.title());
        }
        card.setStructuredName(name);
        card.setFormattedName(p.displayName());
        EmploymentData work = mainWork(p);
        if (work != null && work.companyName() != null && !work.companyName().isEmpty()) {
            Organization organization = new Organization();
            organization.getValues().add(work.companyName());
            if (work.department() != null) {
                organization.getValues().add(work.department());
            }
            card.setOrganization(organization);
            if (work.position() != null) {
                card.addTitle(work.position());
            }
            if (work.phone() != null) {
                card.addTelephoneNumber(work.phone(), TelephoneType.WORK, TelephoneType.VOICE);
            }
            if (work.email() != null) {
                if (four) {
                    card.addEmail(work.email(), EmailType.WORK);
                } else {
                    card.addEmail(work.email(), EmailType.INTERNET, EmailType.WORK);
                }
            }
            Address a = at.apply(work.companyId());
            if (a != null && !a.blank()) {
                ezvcard.property.Address address = new ezvcard.property.Address();
                address.setStreetAddress(a.street());
                address.setLocality(a.city());
                address.setRegion(a.region());
                address.setPostalCode(a.postalCode());
                address.setCountry(a.country());
                address.getTypes().add(AddressType.WORK);
                card.addAddress(address);
            }
        }
        for (String phone : p.phones()) {
            card.addTelephoneNumber(phone, TelephoneType.HOME, TelephoneType.VOICE);
        }
        for (String email : p.emails()) {
            if (four) {
                card.addEmail(email, EmailType.HOME);
            } else {
                card.addEmail(email, EmailType.INTERNET, EmailType.HOME);
            }
        }
        if (p.birthday() != null) {
            card.setBirthday(new Birthday(p.birthday()));
        }
        if (p.notes() != null) {
            card.addNote(p.notes());
        }
        card.setUid(new ezvcard.property.Uid("urn:cairn:" + Representatives.TYPE + ":" + p.id()));
        return card;
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

    /**
     * The cards of a .vcf file (vCard 2.1 with quoted-printable values in any charset, 3.0, 4.0), read by ez-vcard;
     * a file with none, or not a vCard file at all, is refused by the caller.
     */
    static List<Card> read(byte[] file) {
        List<Card> cards = new ArrayList<>();
        for (VCard vcard : Ezvcard.parse(text(file)).caretDecoding(false).all()) {
            cards.add(card(cards.size() + 1, vcard));
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

    private static Card card(int number, VCard v) {
        String first = null;
        String last = null;
        String title = null;
        StructuredName n = v.getStructuredName();
        if (n != null) {
            last = blankToNull(n.getFamily());
            String additional = String.join(" ", n.getAdditionalNames());
            first = blankToNull(joinAdditional(n.getGiven() == null ? "" : n.getGiven(), additional));
            title = n.getPrefixes().isEmpty() ? null : blankToNull(n.getPrefixes().get(0));
        }
        String full = v.getFormattedName() == null ? null : blankToNull(v.getFormattedName().getValue());
        String organization = null;
        String department = null;
        if (v.getOrganization() != null && !v.getOrganization().getValues().isEmpty()) {
            List<String> org = v.getOrganization().getValues();
            organization = blankToNull(org.get(0));
            department = org.size() > 1 ? blankToNull(org.get(1)) : null;
        }
        String position = v.getTitles().isEmpty() ? null : blankToNull(v.getTitles().get(0).getValue());
        List<Typed> phones = new ArrayList<>();
        for (Telephone tel : v.getTelephoneNumbers()) {
            String number1 = tel.getText() != null ? tel.getText()
                    : tel.getUri() != null ? tel.getUri().getNumber() : null;
            if (number1 != null && !number1.isBlank()) {
                List<String> types = new ArrayList<>();
                tel.getTypes().forEach(t -> types.add(t.getValue().toLowerCase(Locale.ROOT)));
                if (tel.getPref() != null) {
                    types.add("pref");
                }
                phones.add(new Typed(number1.strip(), types));
            }
        }
        List<Typed> emails = new ArrayList<>();
        for (Email email : v.getEmails()) {
            String address = email.getValue() == null ? "" : email.getValue().strip();
            if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
                address = address.substring(7);
            }
            if (!address.isEmpty()) {
                List<String> types = new ArrayList<>();
                email.getTypes().forEach(t -> types.add(t.getValue().toLowerCase(Locale.ROOT)));
                if (email.getPref() != null) {
                    types.add("pref");
                }
                emails.add(new Typed(address, types));
            }
        }
        LocalDate birthday = null;
        String birthdayProblem = null;
        Birthday bday = v.getBirthday();
        ezvcard.property.RawProperty unreadable = v.getExtendedProperty("BDAY");
        if (bday == null && unreadable != null) {
            birthdayProblem = "birthday '" + unreadable.getValue() + "' is not a date with a year; left out";
        }
        if (bday != null) {
            Temporal day = bday.getDate();
            if (day != null && day.isSupported(java.time.temporal.ChronoField.YEAR)) {
                birthday = LocalDate.from(day);
            } else {
                String said = bday.getPartialDate() != null ? bday.getPartialDate().toISO8601(true)
                        : bday.getText() != null ? bday.getText() : String.valueOf(day);
                birthdayProblem = "birthday '" + said + "' is not a date with a year; left out";
            }
        }
        List<String> notes = new ArrayList<>();
        v.getNotes().forEach(note -> {
            if (note.getValue() != null && !note.getValue().isBlank()) {
                notes.add(note.getValue().strip());
            }
        });
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.cairncrm.contacts.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.CustomFields;
import org.cairncrm.contacts.FieldDefinition;
import org.cairncrm.contacts.FieldKind;
import org.cairncrm.contacts.FieldTarget;
import org.cairncrm.platform.api.csv.Csv;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.sheets.Sheets;

/**
 * Companies as a CSV file spreadsheets open (UTF-8 with a byte order mark, so that Excel reads the diacritics) or as
 * an Excel workbook, with the column names the import recognises (an export can be edited and imported back with
 * duplicates updated) and then one column per custom field, named by its label.
 */
final class CompanyExport {

    static final int MAX_ROWS = 100_000;
    /**
     * The columns in English and Polish, each a name the import recognises ({@link CompanyImporter#suggest}); the
     * last two are read-only information the import leaves aside.
     */
    private static final List<String> HEADER_EN = List.of("Name", "Short code", "Tax ID", "Status", "Category",
            "Industry", "Line of business", "Street", "Postal code", "City", "Area", "Region", "Country", "Phones",
            "E-mails", "Website", "Notes", "Created on", "Last changed on");
    private static final List<String> HEADER_PL = List.of("Nazwa", "Skrót", "NIP", "Status", "Kategoria",
            "Branża", "Linia biznesowa", "Ulica", "Kod pocztowy", "Miasto", "Rejon", "Województwo", "Kraj",
            "Telefony", "E-maile", "Strona WWW", "Uwagi", "Utworzono", "Ostatnia zmiana");

    private CompanyExport() {
    }

    static byte[] csv(Companies companies, CustomFields fields, PageRequest request, String language) {
        List<FieldDefinition> defined = fields.definitions(FieldTarget.COMPANY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        out.writeBytes(Csv.line(header(defined, language)).getBytes(StandardCharsets.UTF_8));
        for (List<Object> row : rows(companies, fields, defined, request)) {
            out.writeBytes(Csv.line(row.stream().map(v -> v == null ? "" : v.toString()).toList())
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /**
     * A workbook whose cells have their kind: texts stay texts (a tax id or postal code is never turned into a
     * number), dates are dates, custom number fields numbers and yes/no fields booleans.
     */
    static byte[] xlsx(Companies companies, CustomFields fields, Sheets sheets, PageRequest request,
                       String language) {
        List<FieldDefinition> defined = fields.definitions(FieldTarget.COMPANY);
        return sheets.write("pl".equals(language) ? "Firmy" : "Companies", header(defined, language),
                rows(companies, fields, defined, request));
    }

    /** The header in the caller's language (Polish or English), then the custom fields by their labels. */
    private static List<String> header(List<FieldDefinition> defined, String language) {
        List<String> header = new ArrayList<>("pl".equals(language) ? HEADER_PL : HEADER_EN);
        defined.forEach(f -> header.add(f.label()));
        return header;
    }

    /** Every company of {@code request} the caller may see, read page by page as the rows are taken. */
    private static Iterable<List<Object>> rows(Companies companies, CustomFields fields, List<FieldDefinition> defined,
                                               PageRequest request) {
        return () -> new Iterator<>() {
            private int page;
            private int written;
            private boolean last;
            private Iterator<List<Object>> current = List.<List<Object>>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last && written < MAX_ROWS) {
                    Page<CompanyData> rows = companies.list(new PageRequest(page++, PageRequest.MAX_SIZE,
                            request.sort(), request.filters(), request.query()));
                    last = rows.items().size() < PageRequest.MAX_SIZE;
                    Map<Long, Map<String, Object>> values = defined.isEmpty() ? Map.of()
                            : fields.values(FieldTarget.COMPANY, rows.items().stream().map(CompanyData::id).toList());
                    List<List<Object>> cells = new ArrayList<>();
                    for (CompanyData c : rows.items()) {
                        cells.add(row(c, defined, values.getOrDefault(c.id(), Map.of())));
                    }
                    current = cells.iterator();
                }
                return current.hasNext() && written < MAX_ROWS;
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                written++;
                return current.next();
            }
        };
    }

    private static List<Object> row(CompanyData c, List<FieldDefinition> defined, Map<String, Object> values) {
        Address a = c.registeredAddress();
        List<Object> cells = new ArrayList<>(List.of(text(c.name()), text(c.shortCode()), text(c.taxId()),
                text(c.status()), text(c.category()), text(c.industry()), text(c.lineOfBusiness()),
                text(a.street()), text(a.postalCode()), text(a.city()), text(a.area()), text(a.region()),
                text(a.country()), String.join("; ", c.phones()), String.join("; ", c.emails()),
                text(c.website()), text(c.notes())));
        cells.add(day(c.audit() == null ? null : c.audit().createdAt()));
        cells.add(day(c.audit() == null ? null : c.audit().modifiedAt()));
        for (FieldDefinition field : defined) {
            Object value = values.get(field.name());
            if (value instanceof List<?> many) {
                value = String.join("; ", many.stream().map(String::valueOf).toList());
            } else if (value != null && field.kind() == FieldKind.DATE) {
                value = LocalDate.parse(value.toString());
            }
            cells.add(value);
        }
        return cells;
    }

    private static LocalDate day(java.time.Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, java.time.ZoneId.systemDefault());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

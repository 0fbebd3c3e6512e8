package org.cairncrm.contacts.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.platform.api.csv.Csv;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * Companies as a CSV file spreadsheets open (UTF-8 with a byte order mark, so that Excel reads the diacritics), with
 * the same column names the import recognises: an export can be edited and imported back with duplicates updated.
 */
final class CompanyExport {

    static final int MAX_ROWS = 100_000;
    private static final List<String> HEADER = List.of("name", "shortCode", "taxId", "status", "category",
            "industry", "lineOfBusiness", "street", "postalCode", "city", "area", "region", "country", "phones",
            "emails", "website", "notes");

    private CompanyExport() {
    }

    /** Every company of {@code request} the caller may see, page by page, at most {@value #MAX_ROWS}. */
    static byte[] csv(Companies companies, PageRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        out.writeBytes(Csv.line(HEADER).getBytes(StandardCharsets.UTF_8));
        int written = 0;
        for (int page = 0; written < MAX_ROWS; page++) {
            Page<CompanyData> rows = companies.list(new PageRequest(page, PageRequest.MAX_SIZE, request.sort(),
                    request.filters(), request.query()));
            for (CompanyData c : rows.items()) {
                Address a = c.registeredAddress();
                List<String> cells = new ArrayList<>(List.of(text(c.name()), text(c.shortCode()), text(c.taxId()),
                        text(c.status()), text(c.category()), text(c.industry()), text(c.lineOfBusiness()),
                        text(a.street()), text(a.postalCode()), text(a.city()), text(a.area()), text(a.region()),
                        text(a.country()), String.join("; ", c.phones()), String.join("; ", c.emails()),
                        text(c.website()), text(c.notes())));
                out.writeBytes(Csv.line(cells).getBytes(StandardCharsets.UTF_8));
                written++;
            }
            if (rows.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

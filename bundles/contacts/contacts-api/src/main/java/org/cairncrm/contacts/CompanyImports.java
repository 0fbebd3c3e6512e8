package org.cairncrm.contacts;

import java.util.List;
import java.util.Map;

import org.cairncrm.platform.api.jobs.JobStatus;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Companies from a CSV file (comma, semicolon or tab separated; UTF-8 or Windows-1250) or an Excel workbook (.xlsx,
 * its first sheet), the first row naming the columns: a preview with the suggested column mapping, then an import in the background that checks every row
 * by the rules of the card, finds duplicates (short code, tax id, name and city) and reports row by row.
 */
public interface CompanyImports {

    String IMPORT = "contacts.company.import";

    /** The fields a column can go to. */
    List<String> TARGETS = List.of("name", "shortCode", "taxId", "status", "category", "industry", "lineOfBusiness",
            "registeredAddress.street", "registeredAddress.postalCode", "registeredAddress.city",
            "registeredAddress.area", "registeredAddress.region", "registeredAddress.country", "phones", "emails",
            "website", "notes");

    /** What to do with a row that is a company already stored (or earlier in the file). */
    enum Duplicates {
        /** leave the stored one, report the row as skipped */
        SKIP,
        /** fill the stored one's fields from the row (empty cells change nothing) */
        UPDATE,
        /** add it all the same */
        CREATE
    }

    /** The file's columns, the first rows, and which field each column seems to be. */
    @Schema(name = "ImportPreview")
    record Preview(List<String> columns, List<List<String>> sample, Map<Integer, String> mapping, int rows,
                   List<String> targets) {
    }

    /**
     * How to import: {@code mapping} from column number (0 first) to a field of {@link #TARGETS} (unmapped columns
     * are ignored; empty: the suggested one); with {@code onlyIfAllValid} nothing is stored when any row is wrong.
     */
    @Schema(name = "ImportOptions")
    record Options(Map<Integer, String> mapping, Duplicates duplicates, Boolean onlyIfAllValid) {
    }

    /** One row that was not simply added: skipped, updated or refused, and why. */
    @Schema(name = "ImportRow")
    record Row(int row, String outcome, List<String> messages) {
    }

    /** The job's result: counts, and the rows worth a look (at most 1000). */
    @Schema(name = "ImportReport")
    record Report(int rows, int created, int updated, int skipped, int failed, boolean stored, List<Row> rowsToCheck) {
    }

    Preview preview(byte[] file);

    /** Starts the import; follow it as a job, whose result is a {@link Report}. */
    JobStatus start(byte[] file, Options options);
}

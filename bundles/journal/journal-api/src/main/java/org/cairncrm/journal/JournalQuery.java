package org.cairncrm.journal;

import java.time.LocalDate;

/**
 * Which journal to show: of one company or one representative, optionally only outstanding next actions, one case
 * type, one employee's entries, or a period (dates inclusive).
 */
public record JournalQuery(Long companyId, Long representativeId, boolean outstandingOnly, String type,
                           Long employeeId, LocalDate from, LocalDate to) {

    public static JournalQuery ofCompany(long companyId) {
        return new JournalQuery(companyId, null, false, null, null, null, null);
    }

    public static JournalQuery ofRepresentative(long representativeId) {
        return new JournalQuery(null, representativeId, false, null, null, null, null);
    }
}

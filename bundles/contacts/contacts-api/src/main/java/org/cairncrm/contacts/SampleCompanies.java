package org.cairncrm.contacts;

import java.util.List;

/**
 * Made-up but plausible companies, Polish and British (names, addresses with postal codes and regions, phones,
 * e-mails, web sites, tax ids, statuses, categories, industries), for demo servers, tests and benchmarks. The same
 * seed gives the same companies, so that benchmark runs compare; short codes are {@code C<number>}, so unique.
 */
public interface SampleCompanies {

    /** The companies number {@code from} (1 first) to {@code from + count - 1} of the series of {@code seed}. */
    List<CompanyData> companies(long seed, int from, int count);

    /**
     * The same companies as a CSV file (UTF-8, comma separated) with the column names the company import reads and
     * the export writes.
     */
    byte[] csv(long seed, int from, int count);
}

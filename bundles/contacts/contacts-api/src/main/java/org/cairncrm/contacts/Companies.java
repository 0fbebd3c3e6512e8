package org.cairncrm.contacts;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * The company cards. Lists take the quick search ({@code q}: name, code, city, area, phone, e-mail, tax id; case and
 * diacritics ignored) and filters on {@value #FILTER_FIELDS}, plus {@code group:eq:<id>}. Archived companies are
 * left out unless the request asks for {@code archived:eq:true} (which needs {@link Deletions#APPROVE}).
 */
public interface Companies {

    String TYPE = "contacts.company";
    String READ = "contacts.company.read";
    String CREATE = "contacts.company.create";
    String UPDATE = "contacts.company.update";
    /** exports lists of companies (CSV) */
    String EXPORT = "contacts.company.export";
    /** asks for a company's deletion, which someone with {@link Deletions#APPROVE} decides */
    String DELETE = "contacts.company.delete";
    String FILTER_FIELDS = "name, shortCode, industry, status, category, lineOfBusiness, taxId, city, area, ownerId";

    /** The companies the caller may see, paged. */
    Page<CompanyData> list(PageRequest request);

    /** One company; {@code RecordNotFoundException} also when the caller may not see it. */
    CompanyData get(long id);

    /** A new company, owned by the caller unless {@code ownerId} names another employee they may place it with. */
    CompanyData create(CompanyData company);

    /** Changes a company; {@code company.version()} must be the version read, else a {@code ConflictException}. */
    CompanyData update(long id, CompanyData company);

    /**
     * The companies {@code request} matches (its query, filters and sort; not its paging) as a CSV file spreadsheets
     * open, with the column names the import reads and a column per custom field: at most 100,000 rows. Needs {@link #EXPORT}.
     */
    byte[] exportCsv(org.cairncrm.platform.api.paging.PageRequest request);

    /** The same rows as {@link #exportCsv} as an Excel workbook (.xlsx), numbers and dates as such. */
    byte[] exportXlsx(org.cairncrm.platform.api.paging.PageRequest request);
}

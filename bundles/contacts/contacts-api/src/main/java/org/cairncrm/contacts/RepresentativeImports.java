package org.cairncrm.contacts;

import org.cairncrm.platform.api.jobs.JobStatus;

/**
 * Representatives from vCard files (2.1, 3.0 and 4.0, as Google Contacts, Outlook, Thunderbird and phones write
 * them): name, title, phones, e-mails, birthday and notes; the organisation becomes an employment (with position,
 * department and the work phones and e-mails) when exactly one company you may see carries that name. A person
 * already stored (same e-mail, or same name at the same company) is a duplicate. Runs in the background and
 * reports card by card, as {@link CompanyImports.Report}.
 */
public interface RepresentativeImports {

    String IMPORT = "contacts.representative.import";

    /** Starts the import; follow it as a job, whose result is a {@link CompanyImports.Report}. */
    JobStatus start(byte[] file, CompanyImports.Duplicates duplicates);
}

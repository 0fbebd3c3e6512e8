package org.cairncrm.contacts;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * The representatives (people at companies). Lists take the quick search ({@code q}: name, phones, e-mails,
 * the companies they work at; case and diacritics ignored) and filters on {@value #FILTER_FIELDS}, plus
 * {@code company:eq:<id>} (people working there) and {@code group:eq:<id>}.
 */
public interface Representatives {

    String TYPE = "contacts.representative";
    String READ = "contacts.representative.read";
    String CREATE = "contacts.representative.create";
    String UPDATE = "contacts.representative.update";
    /** asks for a person's deletion, which someone with {@link Deletions#APPROVE} decides */
    String DELETE = "contacts.representative.delete";
    String FILTER_FIELDS = "firstName, lastName, title, birthday, lineOfBusiness, ownerId";

    Page<RepresentativeData> list(PageRequest request);

    RepresentativeData get(long id);

    RepresentativeData create(RepresentativeData representative);

    /** Changes a person and replaces their employments with those sent; the version must be the one read. */
    RepresentativeData update(long id, RepresentativeData representative);

    /**
     * The people {@code request} matches (its query, filters and sort; not its paging), at most 100,000, as a vCard
     * file: {@code version} "3.0" (Google Contacts, Outlook) or "4.0" (Thunderbird); each card with the company of
     * the person's main (or first current) employment, its work contacts and address.
     */
    byte[] exportVCards(PageRequest request, String version);
}

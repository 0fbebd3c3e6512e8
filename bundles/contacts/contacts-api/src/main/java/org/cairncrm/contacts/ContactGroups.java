package org.cairncrm.contacts;

import java.util.List;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * Groups of companies and groups of representatives. Reading needs {@link #READ}; creating, changing, deleting
 * groups and adding or removing members needs {@link #MANAGE} (and members must be records the caller may see).
 */
public interface ContactGroups {

    String TYPE = "contacts.group";
    String READ = "contacts.group.read";
    String MANAGE = "contacts.group.manage";

    /** Groups, optionally of one kind (filter {@code kind:eq:COMPANIES}), with the quick search on the name. */
    Page<ContactGroupData> list(PageRequest request);

    ContactGroupData get(long id);

    ContactGroupData create(ContactGroupData group);

    ContactGroupData update(long id, ContactGroupData group);

    /** Deletes the group; its members stay. */
    void delete(long id);

    /** Adds the records to the group (those already in it are skipped); answers how many were added. */
    int add(long groupId, List<Long> memberIds);

    /** Takes the records out of the group; answers how many were in it. */
    int remove(long groupId, List<Long> memberIds);

    /** The groups {@code memberId} (a company or a representative, after {@code kind}) is in. */
    List<ContactGroupData> groupsOf(GroupKind kind, long memberId);
}

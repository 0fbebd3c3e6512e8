package org.cairncrm.journal;

import java.util.List;
import java.util.Optional;

/**
 * The journal's lists that admins edit without code: case types (with their pipeline of stages and their entry form),
 * statuses, step kinds. Reading needs {@link Journal#READ}, changing {@link #MANAGE}.
 */
public interface JournalSettings {

    String MANAGE = "journal.settings.manage";

    enum Kind {
        /** case types: lead, sale, support request, complaint ... */
        TYPE,
        /** statuses: open, waiting, won, lost, closed ...; closed ones end the case */
        STATUS,
        /** step kinds: phone call, meeting, e-mail, offer sent ... */
        STEP,
        /** the stages of one case type's pipeline, in order */
        STAGE,
        /** the fields of one case type's entry form, or of every case */
        FIELD
    }

    /** Field kinds of entry forms. */
    List<String> FIELD_KINDS = List.of("TEXT", "NUMBER", "DATE", "CHOICE", "YESNO");

    /**
     * The entries of one list in their order, inactive ones included.
     *
     * @param parent the case type for STAGE and FIELD (FIELD without one: the fields of every case); else ignored
     */
    List<JournalSetting> list(Kind kind, String parent);

    /** One entry. */
    Optional<JournalSetting> find(Kind kind, String parent, String code);

    /** Adds the entry, or replaces the one with its kind, parent and code. */
    JournalSetting save(JournalSetting setting);

    /** Removes an entry no case uses; one in use is refused (set it inactive instead). */
    void remove(Kind kind, String parent, String code);

    /** The entry form of a type: the fields of every case, then the type's own. */
    default List<JournalSetting> form(String type) {
        List<JournalSetting> form = new java.util.ArrayList<>(list(Kind.FIELD, null));
        if (type != null) {
            form.addAll(list(Kind.FIELD, type));
        }
        return form;
    }
}

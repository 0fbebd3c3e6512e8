package org.cairncrm.journal.internal;

import java.util.List;

import org.cairncrm.journal.Journal;
import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.PermissionContribution;
import org.cairncrm.platform.api.access.ScopedType;
import org.osgi.service.component.annotations.Component;

/** The keys of the journal module; cases are limited by data scope. */
@Component
public class JournalPermissions implements PermissionContribution {

    @Override
    public String module() {
        return "journal";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(Journal.READ, "See contact cases and their steps", "GET /api/journal/cases"),
                new Permission(Journal.CREATE, "Open contact cases", "POST /api/journal/cases"),
                new Permission(Journal.UPDATE, "Change contact cases", "PUT /api/journal/cases/{id}"),
                new Permission(Journal.RECORD_STEP, "Record steps and next actions in cases",
                        "POST /api/journal/cases/{id}/steps"),
                new Permission(org.cairncrm.journal.JournalSettings.MANAGE,
                        "Edit the journal's case types, statuses, step kinds, pipelines and entry forms",
                        "PUT /api/journal/settings/{kind}/{code}"));
    }

    @Override
    public List<ScopedType> scopedTypes() {
        return List.of(new ScopedType(Journal.CASE_TYPE, "Contact cases"));
    }
}

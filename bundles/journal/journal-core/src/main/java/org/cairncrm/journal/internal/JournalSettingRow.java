package org.cairncrm.journal.internal;

import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** One entry of the journal's admin-edited lists; {@code parent} is '' where the kind has none. */
@Entity
@Table(name = "journal_setting")
@RecordType(value = "journal.setting", path = "settings")
public class JournalSettingRow extends AuditedEntity {

    @Column(name = "kind", nullable = false, length = 10)
    private String kind;
    @Column(name = "parent", nullable = false, length = 40)
    private String parent;
    @Column(name = "code", nullable = false, length = 40)
    private String code;
    @Column(name = "label", nullable = false, length = 100)
    private String label;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Column(name = "strict_stages", nullable = false)
    private boolean strictStages;
    @Column(name = "closes", nullable = false)
    private boolean closed;
    @Column(name = "required", nullable = false)
    private boolean required;
    @Column(name = "entered_by_step", length = 40)
    private String enteredByStep;
    @Column(name = "field_kind", length = 10)
    private String fieldKind;
    @Column(name = "options", length = 2000)
    private String options;
    @Column(name = "wide", nullable = false)
    private boolean wide;

    JournalSettingRow() {
    }

    JournalSettingRow(Kind kind, String parent, String code) {
        this.kind = kind.name();
        this.parent = parent;
        this.code = code;
    }

    void apply(JournalSetting s, int position) {
        label = s.label().strip();
        this.position = position;
        active = s.isActive();
        strictStages = Boolean.TRUE.equals(s.strictStages());
        closed = Boolean.TRUE.equals(s.closed());
        required = Boolean.TRUE.equals(s.required());
        enteredByStep = s.enteredByStep() == null || s.enteredByStep().isBlank() ? null : s.enteredByStep().strip();
        fieldKind = s.fieldKind();
        options = s.options().isEmpty() ? null : String.join("\n", s.options());
        wide = Boolean.TRUE.equals(s.wide());
    }

    int position() {
        return position;
    }

    JournalSetting toData() {
        return new JournalSetting(Kind.valueOf(kind), parent.isEmpty() ? null : parent, code, label, position, active,
                strictStages, closed, required, enteredByStep, fieldKind,
                options == null ? List.of() : Arrays.asList(options.split("\n")), wide);
    }
}

package org.cairncrm.journal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One entry of the journal's admin-editable lists: a case type, a status, a step kind, a stage of a type's pipeline
 * or a field of a type's entry form. Which attributes count depends on the {@link JournalSettings.Kind}.
 */
@Schema(name = "JournalSetting")
public record JournalSetting(
        @Schema(description = "TYPE, STATUS, STEP, STAGE or FIELD") JournalSettings.Kind kind,
        @Schema(description = "STAGE and FIELD: the case type's code; FIELD with none: a field of every case")
        String parent,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "lowercase letters, digits and '-'",
                maxLength = 40) String code,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String label,
        @Schema(description = "order in its list; default: last") Integer position,
        @Schema(description = "offered for new values; default true") Boolean active,
        @Schema(description = "TYPE: stages may not be skipped forwards") Boolean strictStages,
        @Schema(description = "STATUS: a case in it is closed and needs no next action") Boolean closed,
        @Schema(description = "FIELD: must be filled in") Boolean required,
        @Schema(description = "STAGE: recording a step of this kind moves the case here") String enteredByStep,
        @Schema(description = "FIELD: TEXT, NUMBER, DATE, CHOICE or YESNO") String fieldKind,
        @Schema(description = "FIELD of kind CHOICE: the values offered") List<String> options,
        @Schema(description = "FIELD: takes the whole width of the form") Boolean wide) {

    public JournalSetting {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean isActive() {
        return !Boolean.FALSE.equals(active);
    }

    /** A type, status or step kind with its label. */
    public static JournalSetting of(JournalSettings.Kind kind, String code, String label) {
        return new JournalSetting(kind, null, code, label, null, true, false, false, false, null, null, null, false);
    }
}

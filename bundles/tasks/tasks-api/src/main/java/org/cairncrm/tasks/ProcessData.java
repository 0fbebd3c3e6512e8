package org.cairncrm.tasks;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A process template: ordered steps, each made as a task when the one before is done. */
@Schema(name = "Process")
public record ProcessData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long topicId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Step> steps) {

    public ProcessData {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One step: its task's title, who does it, and how many days after the step starts it is due. */
    @Schema(name = "ProcessStep")
    public record Step(String title, String description, Long assigneeId, Integer days,
                       @Schema(description = "its completion waits for the manager") Boolean needsApproval) {
    }
}

package org.cairncrm.tasks;

import io.swagger.v3.oas.annotations.media.Schema;

/** One employee's tasks: open now, overdue now, and done within the period asked. */
@Schema(name = "Workload")
public record WorkloadRow(long employeeId, long open, long overdue, long done) {
}

package org.cairncrm.platform.api;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/health} answers.
 *
 * @param status    overall: DOWN if the database is down, DEGRADED if a module is not active, else UP
 * @param checkedAt when the report was made
 * @param platform  the platform itself
 * @param database  the {@code cairn} DataSource
 * @param modules   every installed module
 */
public record HealthReport(HealthStatus status, Instant checkedAt, Part platform, Part database,
                           List<ModuleInfo> modules) {

    /**
     * @param status  state of the part
     * @param version version of the part, where it has one
     * @param detail  what a person needs to know, e.g. the database product or why it is down
     */
    public record Part(HealthStatus status, String version, String detail) {
    }
}

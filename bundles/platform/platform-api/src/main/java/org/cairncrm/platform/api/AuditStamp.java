package org.cairncrm.platform.api;

import java.time.Instant;

/**
 * Who created a record and who changed it last, and when. The platform stamps it on every entity; modules only
 * read it.
 */
public record AuditStamp(String createdBy, Instant createdAt, String modifiedBy, Instant modifiedAt) {
}

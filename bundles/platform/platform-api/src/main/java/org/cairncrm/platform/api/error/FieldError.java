package org.cairncrm.platform.api.error;

/** A problem with one field of what the caller sent. */
public record FieldError(String field, String message) {
}

package org.cairncrm.platform.api.rest;

import org.cairncrm.platform.api.error.ValidationException;

/**
 * Marks a JAX-RS resource that the platform publishes. Register it as an OSGi service of this type with the service
 * property {@link org.cairncrm.platform.api.CairnModule#MODULE_PROPERTY cairn.module} set to the module name.
 * The bundle should carry {@code META-INF/cairn/openapi.json} (generated at build time) for the OpenAPI description.
 * Each resource method carries one guard: {@link RequiresPermission}, {@link RequiresSignIn} or
 * {@link PublicAccess}; the platform refuses to call a method without one.
 */
public interface RestResource {

    /** A request body that must be there: a missing one is a field error on {@code body}. */
    static <T> T requireBody(T body, String what) {
        if (body == null) {
            throw ValidationException.of("body", what + " is required");
        }
        return body;
    }

    /**
     * A day given as a query parameter ({@code 2026-12-24}); none when it is missing or blank, and a field error on
     * {@code field} when it is no date.
     */
    static java.time.LocalDate dateParam(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of(field, "must be a date as YYYY-MM-DD");
        }
    }
}

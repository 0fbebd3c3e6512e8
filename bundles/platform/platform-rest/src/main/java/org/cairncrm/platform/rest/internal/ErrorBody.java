package org.cairncrm.platform.rest.internal;

import java.util.List;

import org.cairncrm.platform.api.error.FieldError;

/**
 * The one error body of every Cairn REST answer that is not a success.
 *
 * @param status      the HTTP status code
 * @param error       the status in words ("Unprocessable Entity")
 * @param message     what went wrong, for a person
 * @param fieldErrors the fields at fault, empty when the problem is not with one field
 */
public record ErrorBody(int status, String error, String message, List<FieldError> fieldErrors) {
}

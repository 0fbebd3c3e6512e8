package org.cairncrm.platform.rest.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.ForbiddenException;
import org.cairncrm.platform.api.error.NotSignedInException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an {@link ErrorBody}: what the client got wrong becomes a 4xx naming the field where
 * there is one; only our own faults are 500, logged with a reference the client can quote. No stack trace ever
 * leaves the server.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    static final int UNPROCESSABLE = 422;

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"), Map.entry(412, "Precondition Failed"), Map.entry(413, "Payload Too Large"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(UNPROCESSABLE, "Unprocessable Entity"),
            Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));

    /** Headers of a framework answer that a client needs to act on the error. */
    private static final List<String> KEPT_HEADERS = List.of("WWW-Authenticate", "Allow", "Retry-After");

    private ErrorResponses() {
    }

    static Response of(Throwable failure, String path) {
        if (failure instanceof ValidationException v) {
            return body(UNPROCESSABLE, v.getMessage(), v.fieldErrors());
        }
        if (failure instanceof NotSignedInException s) {
            return AccessFilter.unauthorized(s.getMessage());
        }
        if (failure instanceof ForbiddenException f) {
            return body(403, f.getMessage(), List.of());
        }
        if (failure instanceof RecordNotFoundException n) {
            return body(404, n.getMessage(), List.of());
        }
        if (failure instanceof ConflictException c) {
            return body(409, c.getMessage(), List.of());
        }
        if (isOptimisticLock(failure)) {
            return body(409, "The record was changed by someone else meanwhile; reload it and apply your change again",
                    List.of());
        }
        if (isDatabaseUnavailable(failure)) {
            LOG.warn("Request {} failed: the database is not available ({})", path, rootMessage(failure));
            return Response.fromResponse(body(503, "The database is not available; try again in a moment",
                    List.of())).header("Retry-After", "10").build();
        }
        // a body cut off for being too large may reach us wrapped by the JSON reader
        WebApplicationException web = cause(failure, WebApplicationException.class);
        if (web != null && web.getResponse() != null && web.getResponse().getStatus() == 413) {
            return fromStatus(web, path);
        }
        JsonProcessingException json = cause(failure, JsonProcessingException.class);
        if (json != null) {
            return badJson(json);
        }
        if (failure instanceof WebApplicationException w) {
            return fromStatus(w, path);
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Request {} failed (reference {})", path, reference, failure);
        return body(500, "Internal error; quote reference " + reference + " to your administrator", List.of());
    }

    static Response body(int status, String message, List<FieldError> fieldErrors) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, REASONS.getOrDefault(status, "Error"), message, fieldErrors))
                .build();
    }

    private static Response badJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            return body(400, "Unknown field '" + field + "'",
                    List.of(new FieldError(field, "unknown field; known fields: " + u.getKnownPropertyIds())));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String field = path(m);
            if (!field.isEmpty()) {
                String expected = m.getTargetType() == null ? "another type" : describe(m.getTargetType());
                if (String.valueOf(m.getOriginalMessage()).startsWith("Cannot map `null`")) {
                    return body(400, "Field '" + field + "' is missing",
                            List.of(new FieldError(field, "is required: " + expected)));
                }
                return body(400, "Field '" + field + "' has the wrong type",
                        List.of(new FieldError(field, "must be " + expected)));
            }
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return body(400, "Malformed JSON" + where + ": " + e.getOriginalMessage(), List.of());
    }

    private static Response fromStatus(WebApplicationException w, String path) {
        Response original = w.getResponse();
        int status = original == null ? 500 : original.getStatus();
        String message = switch (status) {
            case 404 -> "Nothing at " + path;
            case 405 -> "This method is not allowed on " + path;
            case 406 -> "This resource answers only application/json";
            case 415 -> "Unsupported media type: send application/json";
            default -> w.getMessage() == null || w.getMessage().startsWith("HTTP ")
                    ? REASONS.getOrDefault(status, "Error") : w.getMessage();
        };
        if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.error("Request {} failed (reference {})", path, reference, w);
            message = "Internal error; quote reference " + reference + " to your administrator";
        }
        Response.ResponseBuilder builder = Response.fromResponse(body(status, message, List.of()));
        if (original != null) {
            for (String name : KEPT_HEADERS) {
                List<Object> values = original.getHeaders().get(name);
                if (values != null) {
                    values.forEach(v -> builder.header(name, v));
                }
            }
        }
        return builder.build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a timestamp (ISO 8601)";
            case "String" -> "text";
            default -> "a " + type.getSimpleName();
        };
    }

    /** A connection that could not be had: SQL state class 08, or the pool giving up waiting for one. */
    private static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            boolean connection = t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
            if (connection || t.getClass().getName().equals("javax.resource.ResourceException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static boolean isOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

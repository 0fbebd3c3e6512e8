package org.cairncrm.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.Response;

import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ErrorResponsesTest {

    record Sample(String name, int quantity, LocalDate due) {
    }

    private final ObjectMapper mapper = JsonMapping.mapper();

    @Test
    void validationFailuresAre422NamingEveryField() {
        ErrorBody body = body(ErrorResponses.of(new ValidationException(List.of(
                new FieldError("name", "must not be empty"), new FieldError("quantity", "must be 0 or more"))), "/x"),
                422);
        assertEquals("2 fields are invalid: name, quantity", body.message());
        assertEquals(List.of("name", "quantity"), body.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        Exception parse = assertThrows(Exception.class, () -> mapper.readValue("{\"name\": ", Sample.class));
        ErrorBody body = body(ErrorResponses.of(parse, "/x"), 400);
        assertTrue(body.message().startsWith("Malformed JSON at line 1"), body.message());
    }

    @Test
    void unknownAndMistypedFieldsAre400NamingTheField() {
        Exception unknown = assertThrows(Exception.class,
                () -> mapper.readValue("{\"name\":\"a\",\"quantity\":1,\"colour\":1}", Sample.class));
        assertEquals("colour", body(ErrorResponses.of(unknown, "/x"), 400).fieldErrors().get(0).field());

        Exception wrongDate = assertThrows(Exception.class,
                () -> mapper.readValue("{\"name\":\"a\",\"quantity\":1,\"due\":\"31.12.2026\"}", Sample.class));
        FieldError due = body(ErrorResponses.of(wrongDate, "/x"), 400).fieldErrors().get(0);
        assertEquals("due", due.field());
        assertEquals("must be a date (YYYY-MM-DD)", due.message());

        Exception missing = assertThrows(Exception.class, () -> mapper.readValue("{\"name\":\"a\"}", Sample.class));
        FieldError quantity = body(ErrorResponses.of(missing, "/x"), 400).fieldErrors().get(0);
        assertEquals("quantity", quantity.field());
        assertEquals("is required: a whole number", quantity.message());
    }

    @Test
    void missingRecordsAndStaleVersionsHaveTheirOwnStatus() {
        body(ErrorResponses.of(new RecordNotFoundException("itest.item", 7), "/x"), 404);
        body(ErrorResponses.of(ConflictException.staleVersion("itest.item", 7, 1, 2), "/x"), 409);
        body(ErrorResponses.of(new NotSupportedException(), "/x"), 415);
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfterNot500() {
        Response response = ErrorResponses.of(
                new RuntimeException("commit failed", new SQLException("Connection refused", "08001")), "/x");
        body(response, 503);
        assertEquals("10", response.getHeaderString("Retry-After"));
    }

    @Test
    void ourOwnFaultsAre500WithAReferenceAndNothingOfTheException() {
        ErrorBody body = body(ErrorResponses.of(new IllegalStateException("secret internals"), "/x"), 500);
        assertTrue(body.message().contains("reference"));
        assertFalse(body.message().contains("secret internals"));
        assertFalse(body.message().contains("IllegalStateException"));
    }

    private static ErrorBody body(Response response, int status) {
        assertEquals(status, response.getStatus());
        ErrorBody body = (ErrorBody) response.getEntity();
        assertEquals(status, body.status());
        assertFalse(body.error().isBlank());
        return body;
    }
}

package org.cairncrm.platform.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** The one JSON mapping of Cairn's REST API: ISO-8601 dates, unknown fields refused. */
final class JsonMapping {

    private JsonMapping() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    /**
     * Jackson for JAX-RS, writing each answer whole with its length: one write to the connection instead of one per
     * 8 KiB of JSON (which cost a system call and a wake-up of the client each).
     */
    static JacksonJsonProvider provider(ObjectMapper mapper) {
        return new JacksonJsonProvider(mapper) {
            @Override
            public void writeTo(Object value, Class<?> type, java.lang.reflect.Type genericType,
                                java.lang.annotation.Annotation[] annotations, javax.ws.rs.core.MediaType mediaType,
                                javax.ws.rs.core.MultivaluedMap<String, Object> httpHeaders,
                                java.io.OutputStream entityStream) throws java.io.IOException {
                java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream(8192);
                super.writeTo(value, type, genericType, annotations, mediaType, httpHeaders, whole);
                httpHeaders.putSingle("Content-Length", String.valueOf(whole.size()));
                whole.writeTo(entityStream);
            }
        };
    }
}

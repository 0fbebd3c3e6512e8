package org.cairncrm.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores an {@link Instant} as a UTC {@code TIMESTAMP}; JPA 2.2 (EclipseLink 2.7) has no mapping of its own for it.
 * UTC, so that the value read back does not depend on the server's time zone or a daylight-saving change. Entities
 * use it with {@code @Convert(converter = InstantConverter.class)}, or list it in their persistence unit to have it
 * applied to every {@code Instant}.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}

package org.eden.portail.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in TIMESTAMP WITH TIME ZONE columns. EclipseLink 4.0 does not map {@link Instant}
 * natively (it would serialise it into the column); it does map {@link OffsetDateTime}, written
 * here in UTC so that every node, whatever its time zone, stores the same value.
 */
@Converter(autoApply = true)
public class ConvertisseurInstant implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime valeur) {
        return valeur == null ? null : valeur.toInstant();
    }
}

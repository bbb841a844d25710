package io.lede.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses query parameters whose errors deserve a better answer than a framework default. */
public final class QueryParams {

    private QueryParams() {}

    /** One of an enum's values, named in any case; {@code whenMissing} when the parameter is absent. */
    public static <E extends Enum<E>> E option(String name, String value, Class<E> type, E whenMissing) {
        if (value == null || value.isBlank()) {
            return whenMissing;
        }
        for (E option : type.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value.strip())) {
                return option;
            }
        }
        throw Problems.invalid(
                name,
                "must be one of "
                        + java.util.Arrays.stream(type.getEnumConstants())
                                .map(option -> option.name().toLowerCase(java.util.Locale.ROOT))
                                .collect(java.util.stream.Collectors.joining(", ")));
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.invalid(
                    name, "must be an ISO-8601 timestamp with an offset, such as 2026-01-31T09:00:00Z, or a date");
        }
        if (instant.isBefore(JsonInput.EARLIEST) || instant.isAfter(JsonInput.LATEST)) {
            throw Problems.invalid(name, "must be a time between the years 1 and 9999");
        }
        return instant;
    }
}

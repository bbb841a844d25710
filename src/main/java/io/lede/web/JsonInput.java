package io.lede.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;

/**
 * Rules every JSON body obeys whatever the operation, checked as it is read so the problem names the field: no
 * string holds NUL (no database column can store it, and no client means to send it), and no time lies outside the
 * years 1 to 9999 (the range every database Lede runs on can compare).
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** A value that is well-formed JSON but breaks one of these rules; {@link #rule()} says which, for the field. */
    public static final class Refused extends InvalidFormatException {
        private final String rule;

        Refused(JsonParser parser, Object value, Class<?> type, String rule) {
            super(parser, rule, value, type);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** Applied after Quarkus's own customizers, so these deserializers replace the Java time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("lede-json-input")
                .addDeserializer(String.class, new NoNul())
                .addDeserializer(Instant.class, new BoundedInstant()));
    }

    private static final class NoNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new Refused(parser, value, String.class, "must not contain a NUL character (\\u0000)");
            }
            return value;
        }
    }

    private static final class BoundedInstant extends JsonDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Instant value = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
                throw new Refused(parser, value, Instant.class, "must be a time between the years 1 and 9999");
            }
            return value;
        }
    }
}

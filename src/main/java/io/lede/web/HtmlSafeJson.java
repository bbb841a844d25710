package io.lede.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * Writes a value (JSON-LD, meant to be pasted into a page's {@code <script type="application/ld+json">}) with
 * {@code <}, {@code >} and {@code &} as JSON unicode escapes, so no string in it can close the script element or
 * start markup. Use it with {@code @JsonSerialize(using = HtmlSafeJson.class)}.
 */
public class HtmlSafeJson extends JsonSerializer<Object> {

    private static final CharacterEscapes HTML_SAFE = new CharacterEscapes() {
        private final int[] escapes = standardAsciiEscapesForJSON();

        {
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializedString getEscapeSequence(int ch) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
    };

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
        CharacterEscapes previous = generator.getCharacterEscapes();
        generator.setCharacterEscapes(HTML_SAFE);
        try {
            serializers.defaultSerializeValue(value, generator);
        } finally {
            generator.setCharacterEscapes(previous);
        }
    }
}

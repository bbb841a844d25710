package io.lede.comment.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the one JSON shape the seed files use, an object of string arrays, so this package needs no JSON library
 * (and no framework) to load them.
 */
final class StringListsJson {

    private final String json;
    private int at;

    private StringListsJson(String json) {
        this.json = json;
    }

    static Map<String, List<String>> parse(String json) {
        StringListsJson reader = new StringListsJson(json);
        Map<String, List<String>> lists = reader.object();
        reader.skipSpace();
        if (reader.at != json.length()) {
            throw reader.error("text after the object");
        }
        return lists;
    }

    private Map<String, List<String>> object() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            at++;
            return lists;
        }
        do {
            String key = string();
            expect(':');
            lists.put(key, array());
        } while (comma('}'));
        return lists;
    }

    private List<String> array() {
        List<String> values = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            at++;
            return values;
        }
        do {
            values.add(string());
        } while (comma(']'));
        return values;
    }

    private boolean comma(char close) {
        char next = peek();
        at++;
        if (next == ',') {
            return true;
        }
        if (next == close) {
            return false;
        }
        throw error("expected ',' or '" + close + "'");
    }

    private String string() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (at < json.length()) {
            char c = json.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = json.charAt(at++);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    value.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> value.append(escaped);
            }
        }
        throw error("unterminated string");
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        skipSpace();
        if (at >= json.length()) {
            throw error("unexpected end");
        }
        return json.charAt(at);
    }

    private void skipSpace() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at character " + at);
    }
}

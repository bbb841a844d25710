package io.lede.support;

/** Small normalisations of text that arrives in requests. */
public final class Text {

    private Text() {}

    /**
     * Text derived by Lede itself (an extracted role, a mention) cut to fit its column at a word boundary where one is
     * near; what clients send is validated instead, never cut.
     */
    public static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int space = value.lastIndexOf(' ', max);
        return value.substring(0, space > max * 3 / 4 ? space : max).strip();
    }

    /** Optional text fields store null rather than blanks, and never stray outer whitespace. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

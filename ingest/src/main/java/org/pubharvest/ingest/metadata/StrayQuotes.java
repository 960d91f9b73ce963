package org.pubharvest.ingest.metadata;

/**
 * Escapes double quotes that sit inside a JSON string without a backslash. A quote inside a
 * string is taken as the string's end only when what follows it can follow a string (a comma,
 * colon, closing bracket or brace, or the end); any other quote is text and gets escaped.
 */
final class StrayQuotes {

    private StrayQuotes() {
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString && c == '\\' && i + 1 < json.length()) {
                out.append(c).append(json.charAt(++i));
                continue;
            }
            if (c == '"') {
                if (!inString) {
                    inString = true;
                } else if (endsString(json, i + 1)) {
                    inString = false;
                } else {
                    out.append('\\');
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean endsString(String json, int from) {
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == ',' || c == ':' || c == '}' || c == ']';
            }
        }
        return true;
    }
}

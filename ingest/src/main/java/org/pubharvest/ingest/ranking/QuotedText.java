package org.pubharvest.ingest.ranking;

/**
 * Takes the quote marks off a quoted abstract. The lists open and close quotes inconsistently
 * (a straight quote closing a curly one, an ellipsis inside the closing quote), so any opening or
 * closing mark counts; quotes inside the text are the paper's own and stay.
 */
final class QuotedText {

    private static final String OPENING = "\"“”„«'‘";
    private static final String CLOSING = "\"”“»'’";

    private QuotedText() {
    }

    static String unquoted(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && OPENING.indexOf(trimmed.charAt(0)) >= 0) {
            trimmed = trimmed.substring(1).strip();
        }
        if (!trimmed.isEmpty() && CLOSING.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}

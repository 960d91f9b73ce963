package org.pubharvest.transform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whitespace and Unicode clean-up that every text field gets. */
public final class Text {

    // \s misses the no-break and other Unicode spaces that CMS pages are full of.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");
    /** A line break, a line of nothing but spaces (no-break ones too), another line break. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]*\\n");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** NFC, invisible characters removed, runs of any whitespace made one space, trimmed; null if empty. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        // Invisible characters go first, so that an accent they separated still composes under NFC.
        String visible = INVISIBLE.matcher(text).replaceAll("");
        String cleaned = SPACES.matcher(Normalizer.normalize(visible, Normalizer.Form.NFC)).replaceAll(" ").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Like {@link #clean} but keeps paragraph breaks (blank lines) as {@code \n\n}. */
    public static String cleanParagraphs(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            String cleaned = clean(paragraph);
            if (cleaned != null) {
                joined.append(joined.isEmpty() ? "" : "\n\n").append(cleaned);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    /**
     * The text without a leading label such as "Abstract:" or "Title:", which some sites (arXiv)
     * render inside the element that holds the value.
     */
    public static String withoutLabel(String text, String label) {
        if (text == null) {
            return null;
        }
        // "Abstract: …", or "Abstract" alone on the line above the text, as markup turned to text leaves it.
        String stripped = text.replaceFirst("^\\s*(?i:" + java.util.regex.Pattern.quote(label) + ")(?:\\s*:|[ \\t]*\\n)\\s*", "");
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * A matching key: lower case, accents removed, punctuation made spaces. "Schölkopf" and
     * "Scholkopf" fold alike; only for comparing, never for storing.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").trim();
    }

    /** A url slug: folded words joined by hyphens. */
    public static String slug(String text) {
        return fold(text).replace(' ', '-');
    }
}

package org.pubharvest.ingest.visible;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.metadata.ElementText;

/**
 * A publication date as a reader finds it, tried in this order: a labelled date ("Published:
 * 12 March 2022", "Publication date", "Issued"); a {@code <time>} element outside boilerplate;
 * an element whose class names say date or published and whose text is a date; a short line of
 * the main content that is nothing but a date.
 */
final class VisibleDates {

    static final String DATE = "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}"
            + "|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\p{L}{3,9}\\.?\\s+\\d{4})";
    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(?:published(?: online)?(?: on)?|"
            + "publication date|date (?:of )?publi(?:shed|cation)|first published|issue date|issued|date)\\s*:?\\s*("
            + DATE + ")");
    private static final Pattern LABEL = Pattern.compile("(?i)(?:published(?: online)?(?: on)?|publication date|"
            + "date (?:of )?publi(?:shed|cation)|first published|issue date|issued|date|published in)");
    private static final Pattern ANY_DATE = Pattern.compile("(" + DATE + ")");
    private static final Pattern WHOLE_DATE = Pattern.compile("^\\s*(?:on\\s+)?(" + DATE + ")\\s*$");
    private static final Set<String> DATE_WORDS = Set.of("date", "published", "pubdate", "publication", "issued",
            "dateline", "timestamp");

    private VisibleDates() {
    }

    private static boolean mayLabelADate(org.jsoup.nodes.TextNode text) {
        String whole = text.getWholeText();
        return whole.contains("ublish") || whole.contains("ssue") || whole.contains("ate") || whole.contains("UBLISH");
    }

    /** @return the date as stated and its source, or null */
    static String[] read(Document document, PageRegions regions) {
        String labelled = LabelledValues.find(regions, LABEL, ANY_DATE);
        if (labelled != null) {
            return new String[] {labelled, "date-label"};
        }
        for (Element element : regions.main().select("p, div, span, li, dd, dt, td, time, small, strong")) {
            if (!regions.isShort(element, 140) || element.textNodes().stream().noneMatch(VisibleDates::mayLabelADate)) {
                continue;
            }
            String text = element.text();
            if (text.length() <= 120 && !regions.isBoilerplate(element)) {
                Matcher matcher = LABELLED.matcher(text);
                if (matcher.find()) {
                    return new String[] {matcher.group(1), "date-label"};
                }
            }
        }
        for (Element time : regions.main().select("time")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
            if (ElementText.emptyToNull(value) != null && !regions.isBoilerplate(time)) {
                return new String[] {value.strip(), "time-element"};
            }
        }
        Element wholeDate = null;
        for (Element element : regions.mainElements()) {
            if (!regions.isShort(element, 60)) {
                continue;
            }
            String text = element.text();
            if (text.length() > 40 || regions.isBoilerplate(element) || !WHOLE_DATE.matcher(text).matches()) {
                continue;
            }
            Matcher matcher = WHOLE_DATE.matcher(text);
            if (matcher.matches() && ClassWords.hasAny(element, DATE_WORDS)) {
                return new String[] {matcher.group(1), "date-class"};
            }
            if (wholeDate == null && matcher.matches() && element.children().isEmpty()) {
                wholeDate = element;
            }
        }
        if (wholeDate != null) {
            Matcher matcher = WHOLE_DATE.matcher(wholeDate.text());
            return matcher.matches() ? new String[] {matcher.group(1), "date-text"} : null;
        }
        return null;
    }
}

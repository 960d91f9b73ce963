package org.pubharvest.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.metadata.ElementText;
import org.pubharvest.ingest.visible.LabelledValues;
import org.pubharvest.ingest.visible.PageRegions;
import org.pubharvest.ingest.visible.VisiblePageReader;

/**
 * A job detail page read by what its parts say, beneath the profile's selectors: the main
 * heading is the title, "Job ID", "Company", "Location" and "Posted" are read behind their labels
 * (a "Job ID: 1 | Company" line, a table, a definition list), and the description and the
 * qualifications are the sections under their headings, whatever the elements.
 */
final class JobDetailStructure {

    private static final Pattern DIGITS = Pattern.compile("(\\d{5,9})");
    private static final Pattern ANYTHING = Pattern.compile("(.+)");
    private static final Pattern AFTER_BAR = Pattern.compile("^\\s*\\d{5,9}\\s*\\|\\s*(.+?)\\s*$");
    private static final Pattern LOCATION = Pattern.compile("^(\\p{Lu}{2}(?:\\s*,\\s*[^,]{1,40}){1,2})$");
    private static final Pattern POSTED = Pattern.compile("(?i)\\bposted(?:\\s+on)?:?\\s+(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DESCRIPTION_HEADING = Pattern.compile("(?i)^\\s*(job )?description\\s*:?\\s*$");
    private static final Pattern BASIC_HEADING = Pattern.compile("(?i)^\\s*basic qualifications\\s*:?\\s*$");
    private static final Pattern PREFERRED_HEADING = Pattern.compile("(?i)^\\s*preferred qualifications\\s*:?\\s*$");

    private final Document document;
    private final PageRegions regions;

    JobDetailStructure(Document document) {
        this.document = document;
        this.regions = PageRegions.of(document);
    }

    String title() {
        return new VisiblePageReader(false).read(document, java.util.Set.of(
                org.pubharvest.ingest.metadata.PublicationField.TITLE)).title();
    }

    String jobId() {
        return LabelledValues.find(regions, Pattern.compile("(?i)job\\s*id"), DIGITS);
    }

    /** A "Company" label's value, else what follows the bar of a "Job ID: 1234567 | Amazon.com Services LLC" line. */
    String company() {
        String labelled = LabelledValues.find(regions, Pattern.compile("(?i)company|employer|hiring organization"), ANYTHING);
        if (labelled != null) {
            return labelled;
        }
        return LabelledValues.find(regions, Pattern.compile("(?i)job\\s*id"), AFTER_BAR);
    }

    String location() {
        String labelled = LabelledValues.find(regions, Pattern.compile("(?i)locations?|job location"), LOCATION);
        return labelled != null ? labelled : inShortLine(LOCATION);
    }

    String posted() {
        String labelled = LabelledValues.find(regions, Pattern.compile("(?i)posted|date posted|posted on"), DATE);
        return labelled != null ? labelled : inShortLine(POSTED);
    }

    /** Group 1 of the pattern in the first short line of the page's own content that has it. */
    private String inShortLine(Pattern pattern) {
        for (Element element : regions.mainElements()) {
            ExtractionDeadline.check();
            if (!regions.isShort(element, 100)) {
                continue;
            }
            String text = element.text().strip();
            Matcher matcher = pattern.matcher(text);
            if (text.length() <= 80 && matcher.find() && !regions.isBoilerplate(element)) {
                return matcher.group(1);
            }
        }
        return null;
    }

    List<String> description() {
        return section(DESCRIPTION_HEADING);
    }

    List<String> basicQualifications() {
        return section(BASIC_HEADING);
    }

    List<String> preferredQualifications() {
        return section(PREFERRED_HEADING);
    }

    /** The lines under the first heading (or bold label line) the pattern matches, up to the next heading. */
    private List<String> section(Pattern heading) {
        for (Element candidate : regions.main().select("h1, h2, h3, h4, h5, h6, dt, strong, b, p, div")) {
            ExtractionDeadline.check();
            if (!heading.matcher(candidate.text()).matches() || regions.isBoilerplate(candidate)) {
                continue;
            }
            Element start = candidate;
            while (start.nextElementSibling() == null && start.parent() != null && start.parent() != regions.main()
                    && start.parent().text().strip().equals(candidate.text().strip())) {
                start = start.parent();
            }
            List<String> lines = new ArrayList<>();
            for (Element sibling = start.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
                ExtractionDeadline.check();
                if (sibling.normalName().matches("h[1-6]") || isOtherHeading(sibling)) {
                    break;
                }
                lines.addAll(MarkupText.linesOf(sibling));
            }
            if (!lines.isEmpty()) {
                return lines;
            }
        }
        return List.of();
    }

    private static boolean isOtherHeading(Element element) {
        String text = ElementText.emptyToNull(element.text());
        return text != null && (BASIC_HEADING.matcher(text).matches() || PREFERRED_HEADING.matcher(text).matches()
                || DESCRIPTION_HEADING.matcher(text).matches());
    }
}

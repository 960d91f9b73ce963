package org.pubharvest.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.metadata.ElementText;
import org.pubharvest.ingest.site.JobCardSelectors;
import org.pubharvest.ingest.site.JobDetailRules;

/**
 * Reads the job cards of any page that shows them (the careers listing, "Related content" on a
 * blog post, a list or a publication), in page order, repeats included: telling repeats apart is
 * normalization's job. A card is found by what it is, not by its class: the smallest part of the
 * page around a link to a job page that also holds a location line ("US, WA, Seattle") and a
 * description, and no link to another job. The profile's selectors are hints: where they match
 * inside a card they give its fields; where they do not, the card's text pieces do. Never throws
 * for what a page contains.
 */
public final class JobCardExtractor {

    /** "US, WA, Seattle", "IN, Chennai", "IL, Tel Aviv": a country code and one or two more parts. */
    private static final Pattern LOCATION = Pattern.compile("^\\p{Lu}{2}(?:\\s*,\\s*[^,]{1,40}){1,2}$");
    private static final Pattern POSTED = Pattern.compile("(?i)\\bposted(?:\\s+on)?:?\\s+(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern GENERIC_LINK_TEXT = Pattern.compile("(?i)^(apply( now)?|learn more|view (job|role|details)|"
            + "see (job|role|details)|details|more|read more)$");
    private static final int MIN_DESCRIPTION = 40;
    private static final int MAX_CLIMB = 8;

    private final JobCardSelectors selectors;
    private final JobDetailRules detailPages;

    /**
     * @param selectors   hints to where the cards and their fields are (the listing site's profile)
     * @param detailPages the job site's detail urls, to tell which links lead to a posting
     */
    public JobCardExtractor(JobCardSelectors selectors, JobDetailRules detailPages) {
        this.selectors = Objects.requireNonNull(selectors, "selectors");
        this.detailPages = Objects.requireNonNull(detailPages, "detailPages");
    }

    public List<ScrapedJobCard> extract(FetchedPage page) {
        return extract(PageText.parse(page), page.url());
    }

    public List<ScrapedJobCard> extract(Document document, String pageUrl) {
        List<ScrapedJobCard> cards = new ArrayList<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element link : document.select("a[href]")) {
            Optional<String> jobId = detailPages.jobId(link.absUrl("href"));
            if (jobId.isEmpty()) {
                continue;
            }
            Element card = cardAround(link, jobId.get());
            if (card != null && seen.add(card)) {
                cards.add(read(card, link, pageUrl));
            }
        }
        return cards;
    }

    /** The smallest ancestor of the link that holds a location line and a description and no other job. */
    private Element cardAround(Element link, String jobId) {
        Element hinted = link.closest(selectors.card());
        if (hinted != null && onlyJob(hinted, jobId)) {
            return hinted;
        }
        Element at = link;
        for (int climbed = 0; at != null && climbed < MAX_CLIMB; climbed++, at = at.parent()) {
            if (!onlyJob(at, jobId) || at.normalName().equals("body")) {
                return null;
            }
            Parts parts = parts(at, link);
            if (parts.location() != null && parts.description() != null) {
                return at;
            }
        }
        return null;
    }

    private boolean onlyJob(Element element, String jobId) {
        for (Element other : element.select("a[href]")) {
            Optional<String> otherId = detailPages.jobId(other.absUrl("href"));
            if (otherId.isPresent() && !otherId.get().equals(jobId)) {
                return false;
            }
        }
        return true;
    }

    private ScrapedJobCard read(Element card, Element link, String pageUrl) {
        Parts parts = parts(card, link);
        String href = ElementText.emptyToNull(link.absUrl("href"));
        return new ScrapedJobCard(pageUrl, href,
                detailPages.canonical(href).orElse(null),
                detailPages.jobId(href).orElse(null),
                hintOr(card, selectors.titleLink(), parts.title()),
                hintOr(card, selectors.location(), parts.location()),
                hintOr(card, selectors.description(), parts.description()),
                hintOr(card, selectors.posted(), parts.posted()));
    }

    private static String hintOr(Element card, String selector, String structural) {
        String hinted = selector == null ? null : MarkupText.firstText(card, selector);
        return hinted != null ? hinted : structural;
    }

    /** A card's fields read from its text pieces. */
    private record Parts(String title, String location, String description, String posted) {
    }

    private static Parts parts(Element card, Element link) {
        List<TextUnits.Unit> units = TextUnits.of(card);
        String location = null;
        String posted = null;
        // The shortest piece that is a location (or a posted line): an element holding two lines
        // run together ("IL, Tel AvivPosted …") is a piece too, and the smaller one is the line.
        for (TextUnits.Unit unit : units) {
            String text = unit.text();
            if (text.length() <= 80 && LOCATION.matcher(text).matches()
                    && (location == null || text.length() < location.length())) {
                location = text;
            }
            if (text.length() <= 60 && POSTED.matcher(text).find() && (posted == null || text.length() < posted.length())) {
                posted = text;
            }
        }
        String title = title(card, link, units, location);
        String description = null;
        for (TextUnits.Unit unit : units) {
            String text = withoutPosted(unit.text(), posted);
            boolean other = text.equals(title) || text.equals(location) || (link.text().equals(unit.text())
                    && link.text().length() < 200);
            if (!other && text.length() >= MIN_DESCRIPTION && (description == null || text.length() > description.length())
                    && (location == null || !text.contains(location))) {
                description = text;
            }
        }
        return new Parts(title, location, description, posted);
    }

    /** The link's text, unless it is a generic "Apply" or the whole card; then the card's first heading piece. */
    private static String title(Element card, Element link, List<TextUnits.Unit> units, String location) {
        String linkText = ElementText.emptyToNull(link.text());
        if (linkText != null && !GENERIC_LINK_TEXT.matcher(linkText).matches() && linkText.length() <= 200
                && (location == null || !linkText.contains(location))) {
            return linkText;
        }
        Element heading = card.selectFirst("h1, h2, h3, h4, h5, h6, strong, b, [class*=title]");
        if (heading != null && ElementText.emptyToNull(heading.text()) != null && heading.text().length() <= 200) {
            return heading.text().strip();
        }
        for (TextUnits.Unit unit : units) {
            if (link == unit.element() || unit.element().parents().contains(link)) {
                if (!unit.text().equals(location) && unit.text().length() <= 200) {
                    return unit.text();
                }
            }
        }
        return linkText;
    }

    private static String withoutPosted(String text, String posted) {
        if (posted != null && text.endsWith(posted) && text.length() > posted.length()) {
            return text.substring(0, text.length() - posted.length()).strip();
        }
        return text;
    }
}

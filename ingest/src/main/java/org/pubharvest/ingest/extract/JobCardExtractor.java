package org.pubharvest.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.metadata.ElementText;
import org.pubharvest.ingest.site.JobCardSelectors;
import org.pubharvest.ingest.site.JobDetailRules;
import org.pubharvest.ingest.visible.PageRegions;

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
    private static final int MAX_CARDS = 500;
    private static final int MAX_JOB_LINKS = 5_000;
    /** A card is a title, a location and one paragraph: an element with more text than this is a whole section. */
    private static final int MAX_CARD_TEXT = 8_000;

    private final JobCardSelectors selectors;
    private final JobDetailRules detailPages;
    private final org.jsoup.select.Evaluator cardHint;

    /**
     * @param selectors   hints to where the cards and their fields are (the listing site's profile)
     * @param detailPages the job site's detail urls, to tell which links lead to a posting
     */
    public JobCardExtractor(JobCardSelectors selectors, JobDetailRules detailPages) {
        this.selectors = Objects.requireNonNull(selectors, "selectors");
        this.detailPages = Objects.requireNonNull(detailPages, "detailPages");
        this.cardHint = org.jsoup.select.QueryParser.parse(selectors.card());
    }

    public List<ScrapedJobCard> extract(FetchedPage page) {
        return extract(ParsedPage.of(page));
    }

    public List<ScrapedJobCard> extract(ParsedPage parsed) {
        return extract(parsed.document(), parsed.url());
    }

    List<ScrapedJobCard> extract(Document document, String pageUrl) {
        PageOfCards page = new PageOfCards(document);
        List<ScrapedJobCard> cards = new ArrayList<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Element, String> link : page.jobLinks.entrySet()) {
            Element card = cardAround(page, link.getKey(), link.getValue());
            if (card != null && seen.add(card)) {
                cards.add(read(page, card, link.getKey(), pageUrl));
                if (cards.size() >= MAX_CARDS) {
                    break; // a page with more is no page of cards but a hostile one; what was read is kept
                }
            }
        }
        return cards;
    }

    /**
     * What the search for cards asks of a page many times, known once: its job links, which
     * elements hold links to more than one job, the text pieces of each element looked at, and the
     * length of every element's text (a card is short). Without it a page of thousands of job
     * links would cost the square of its size.
     */
    private final class PageOfCards {
        private final Map<Element, String> jobLinks = new java.util.LinkedHashMap<>();
        private final Set<Element> holdsSeveralJobs = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, List<TextUnits.Unit>> units = new IdentityHashMap<>();
        private final PageRegions regions;

        PageOfCards(Document document) {
            this.regions = PageRegions.of(document);
            Map<Element, String> jobOfElement = new IdentityHashMap<>();
            for (Element link : document.select("a[href]")) {
                ExtractionDeadline.check();
                Optional<String> jobId = detailPages.jobId(link.absUrl("href"));
                if (jobId.isEmpty() || jobLinks.size() >= MAX_JOB_LINKS) {
                    continue;
                }
                jobLinks.put(link, jobId.get());
                for (Element at = link; at != null && !holdsSeveralJobs.contains(at); at = at.parent()) {
                    ExtractionDeadline.check();
                    String known = jobOfElement.putIfAbsent(at, jobId.get());
                    if (known != null && !known.equals(jobId.get())) {
                        holdsSeveralJobs.add(at);
                    }
                }
            }
        }

        List<TextUnits.Unit> unitsOf(Element element) {
            return units.computeIfAbsent(element, TextUnits::of);
        }
    }

    /** The smallest ancestor of the link that holds a location line and a description and no other job. */
    private Element cardAround(PageOfCards page, Element link, String jobId) {
        Element hinted = link.closest(cardHint);
        if (hinted != null && !page.holdsSeveralJobs.contains(hinted)) {
            return hinted;
        }
        Element at = link;
        for (int climbed = 0; at != null && climbed < MAX_CLIMB; climbed++, at = at.parent()) {
            if (page.holdsSeveralJobs.contains(at) || at.normalName().equals("body")
                    || !page.regions.isShort(at, MAX_CARD_TEXT)) {
                return null;
            }
            Parts parts = parts(page.unitsOf(at), link);
            if (parts.location() != null && parts.description() != null) {
                return at;
            }
        }
        return null;
    }

    private ScrapedJobCard read(PageOfCards page, Element card, Element link, String pageUrl) {
        Parts parts = parts(page.unitsOf(card), link);
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

    private static Parts parts(List<TextUnits.Unit> units, Element link) {
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
        String title = title(link, units, location);
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
    private static String title(Element link, List<TextUnits.Unit> units, String location) {
        String linkText = ElementText.emptyToNull(link.text());
        if (linkText != null && !GENERIC_LINK_TEXT.matcher(linkText).matches() && linkText.length() <= 200
                && (location == null || !linkText.contains(location))) {
            return linkText;
        }
        for (TextUnits.Unit unit : units) {
            if (unit.element().is("h1, h2, h3, h4, h5, h6, strong, b, [class*=title]") && unit.text().length() <= 200) {
                return unit.text();
            }
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

package org.pubharvest.ingest.discover;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.extract.JobCardExtractor;
import org.pubharvest.ingest.extract.PageText;
import org.pubharvest.ingest.extract.ScrapedJobCard;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.JobListingRules;

/**
 * Reads a careers listing page: the detail pages its cards lead to (in their stored form, so a
 * card's {@code /jobs/<id>/<slug>?cmpid=...} and the site's {@code /en/jobs/<id>/<slug>} are one
 * url) and the next listing page.
 */
public final class JobListingPageParser {

    private final JobListingRules rules;
    private final JobCardExtractor cards;

    public JobListingPageParser(JobListingRules rules, JobCardExtractor cards) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    public ListingPage parse(FetchedPage page) {
        Set<String> detailUrls = new LinkedHashSet<>();
        Map<String, String> teasers = new HashMap<>();
        for (ScrapedJobCard card : cards.extract(page)) {
            if (card.detailUrl() != null && detailUrls.add(card.detailUrl())) {
                teasers.put(card.detailUrl(), teaserOf(card));
            }
        }
        Document document = PageText.parse(page);
        Element next = document.selectFirst(rules.nextPage());
        return new ListingPage(detailUrls.stream().toList(), next == null ? null : Links.canonical(next.absUrl("href")),
                Map.of(), teasers);
    }

    /** What the card shows of the posting: a new title, location, description or posted date is news about the detail page. */
    private static String teaserOf(ScrapedJobCard card) {
        return ListingEntries.digest(String.join("\n", Objects.toString(card.title(), ""),
                Objects.toString(card.location(), ""), Objects.toString(card.description(), ""),
                Objects.toString(card.posted(), "")));
    }
}

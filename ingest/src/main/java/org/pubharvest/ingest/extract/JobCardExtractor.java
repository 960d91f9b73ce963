package org.pubharvest.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.JobCardSelectors;
import org.pubharvest.ingest.site.JobDetailRules;

/**
 * Reads the job cards of any page that shows them (the careers listing, "Related content"), in
 * page order, repeats included: telling repeats apart is normalization's job. Never throws for
 * what a page contains.
 */
public final class JobCardExtractor {

    private final JobCardSelectors selectors;
    private final JobDetailRules detailPages;

    /**
     * @param selectors   where the cards are (the listing site's profile)
     * @param detailPages the job site's detail urls, to tell which links lead to a posting
     */
    public JobCardExtractor(JobCardSelectors selectors, JobDetailRules detailPages) {
        this.selectors = Objects.requireNonNull(selectors, "selectors");
        this.detailPages = Objects.requireNonNull(detailPages, "detailPages");
    }

    public List<ScrapedJobCard> extract(FetchedPage page) {
        Document document = PageText.parse(page);
        List<ScrapedJobCard> cards = new ArrayList<>();
        for (Element card : document.select(selectors.card())) {
            Element title = card.selectFirst(selectors.titleLink());
            String link = title == null ? null : MarkupText.emptyToNull(title.absUrl("href"));
            cards.add(new ScrapedJobCard(page.url(), link,
                    detailPages.canonical(link).orElse(null),
                    detailPages.jobId(link).orElse(null),
                    title == null ? null : MarkupText.emptyToNull(title.text()),
                    MarkupText.firstText(card, selectors.location()),
                    MarkupText.firstText(card, selectors.description()),
                    MarkupText.firstText(card, selectors.posted())));
        }
        return cards;
    }
}

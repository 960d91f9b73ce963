package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.nodes.Document;
import org.pubharvest.ingest.extract.PageText;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.RankingListRules;
import org.pubharvest.ingest.site.SiteProfile;

/**
 * Reads a most-read list: its entries found by structure ({@link RankedEntries}), each read from
 * its blocks ({@link EntryReader}), with the profile's selectors as hints. An entry's quoted
 * abstract can be interrupted by the blog link and a paragraph about the post (the 2021 list does
 * this), so the abstract runs from its opening quote to its closing one without them. Never throws
 * for what a page contains.
 */
public final class RankingListExtractor {

    private final RankingListRules rules;

    public RankingListExtractor(SiteProfile profile) {
        this.rules = Objects.requireNonNull(profile, "profile").rankingLists();
    }

    public boolean isRankingListUrl(String url) {
        return rules.listYear(url) != null;
    }

    public ScrapedRankingList extract(FetchedPage page) {
        return extract(PageText.parse(page), page);
    }

    public ScrapedRankingList extract(Document document, FetchedPage page) {
        EntryReader reader = new EntryReader(rules);
        List<ScrapedRankingItem> items = new ArrayList<>();
        int position = 0;
        for (RankedEntries.Entry entry : RankedEntries.of(document, rules.item())) {
            position++;
            items.add(reader.read(entry, position));
        }
        return new ScrapedRankingList(page.url(), page.fetchedAt(), page.contentHash(), rules.listYear(page.url()),
                items);
    }
}

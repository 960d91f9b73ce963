package org.pubharvest.transform.ranking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pubharvest.ingest.fetch.ContentHash;
import org.pubharvest.ingest.ranking.ScrapedRankingItem;
import org.pubharvest.ingest.ranking.ScrapedRankingList;
import org.pubharvest.transform.text.Text;

/** Scraped list in, normalized list (or a reason to reject it) out. Pure; never throws for what a page held. */
public final class RankingListNormalizer {

    public NormalizedRankingList normalize(ScrapedRankingList scraped) {
        if (scraped.listYear() == null) {
            return new NormalizedRankingList.Rejected(scraped.url(), "not the url of a most-read list");
        }
        if (scraped.items().isEmpty()) {
            return new NormalizedRankingList.Rejected(scraped.url(), "no ranked entries on the page");
        }
        List<RankingEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ScrapedRankingItem item : scraped.items()) {
            String title = Text.clean(item.title());
            String abstractText = Text.cleanParagraphs(item.abstractText());
            String blogUrl = Text.clean(item.blogUrl());
            String publicationUrl = Text.clean(item.publicationUrl());
            String key = entryKey(publicationUrl, blogUrl, abstractText, title, item.rank());
            // Two entries of one list naming the same paper still get a row each.
            for (int repeat = 2; !keys.add(key); repeat++) {
                key = entryKey(publicationUrl, blogUrl, abstractText, title, item.rank()) + "#" + repeat;
            }
            entries.add(new RankingEntry(scraped.url(), scraped.listYear(), item.rank(), key, title, abstractText,
                    blogUrl, publicationUrl, Text.clean(item.venue()), Text.clean(item.award())));
        }
        return new NormalizedRankingList.Accepted(new RankingList(scraped.url(), scraped.listYear(),
                scraped.contentHash(), entries));
    }

    /**
     * Links identify an entry best (an editor fixing a typo in the quote keeps the row); an entry
     * without links is identified by its text, folded so that quote and spacing quirks do not count.
     */
    private static String entryKey(String publicationUrl, String blogUrl, String abstractText, String title, int rank) {
        if (publicationUrl != null) {
            return publicationUrl;
        }
        if (blogUrl != null) {
            return blogUrl;
        }
        String text = abstractText != null ? abstractText : title;
        if (text != null) {
            return "text:" + ContentHash.of(Text.fold(text).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        }
        return "rank:" + rank;
    }
}

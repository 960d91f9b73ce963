package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.extract.ParsedPage;
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

    private static final Pattern MOST_READ_HEADING = Pattern.compile(
            "(?i)\\bmost[- ](?:read|downloaded|popular|viewed)\\b.*?\\b((?:19|20)\\d{2})\\b");

    private final RankingListRules rules;

    public RankingListExtractor(SiteProfile profile) {
        this.rules = Objects.requireNonNull(profile, "profile").rankingLists();
    }

    public boolean isRankingListUrl(String url) {
        return rules.listYear(url) != null;
    }

    public ScrapedRankingList extract(FetchedPage page) {
        return extract(ParsedPage.of(page));
    }

    public ScrapedRankingList extract(ParsedPage parsed) {
        Document document = parsed.document();
        FetchedPage page = parsed.page();
        EntryReader reader = new EntryReader(rules);
        List<ScrapedRankingItem> items = new ArrayList<>();
        int position = 0;
        for (RankedEntries.Entry entry : RankedEntries.of(document, rules.item())) {
            position++;
            items.add(reader.read(entry, position));
        }
        return new ScrapedRankingList(page.url(), page.fetchedAt(), page.contentHash(), listYear(document, page.url()),
                items);
    }

    /**
     * The year a list ranks: from its url as the profile describes it, else from a heading that says
     * so ("The 10 most read research papers of 2021", "Our most-downloaded papers in 2022"); null when
     * the page is no most-read list.
     */
    public Integer listYear(ParsedPage parsed) {
        return listYear(parsed.document(), parsed.url());
    }

    private Integer listYear(Document document, String url) {
        Integer fromUrl = rules.listYear(url);
        if (fromUrl != null) {
            return fromUrl;
        }
        for (Element heading : document.select("h1, title")) {
            Matcher matcher = MOST_READ_HEADING.matcher(heading.text());
            if (matcher.find()) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        return null;
    }
}

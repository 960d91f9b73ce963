package org.pubharvest.ingest.discover;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.extract.PageText;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.ListingRules;

/** Reads a listing page with the profile's rules. */
public final class ListingPageParser {

    private final ListingRules rules;

    public ListingPageParser(ListingRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public ListingPage parse(FetchedPage page) {
        Document document = PageText.parse(page);
        Set<String> detailUrls = new LinkedHashSet<>();
        ListingEntries entries = new ListingEntries();
        for (Element link : document.select(rules.detailLink())) {
            String url = Links.canonical(link.absUrl("href"));
            if (url != null) {
                detailUrls.add(url);
                entries.add(link, url);
            }
        }
        Element next = document.selectFirst(rules.nextPage());
        String nextUrl = next == null ? null : Links.canonical(next.absUrl("href"));
        Map<String, String> years = new LinkedHashMap<>();
        for (Element option : rules.yearFilterOption() == null ? List.<Element>of() : document.select(rules.yearFilterOption())) {
            String url = Links.canonical(option.absUrl("href"));
            if (url != null) {
                years.putIfAbsent(option.text().trim(), url);
            }
        }
        return new ListingPage(detailUrls.stream().toList(), nextUrl, years, entries.teasers());
    }
}

package org.pubharvest.ingest.ranking;

import java.time.Instant;

import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;

/** Pages of the bundled sample site, as if fetched. */
final class SamplePages {

    private static final SampleSite SITE = SampleSite.bundled();

    private SamplePages() {
    }

    static FetchedPage fetched(String url) {
        SamplePage page = SITE.pages().stream().filter(p -> p.canonicalUrl().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the sample site: " + url));
        return new FetchedPage(url, 200, page.contentType(), null, null, SITE.read(page.file()),
                Instant.parse("2022-01-10T08:00:00Z"));
    }
}

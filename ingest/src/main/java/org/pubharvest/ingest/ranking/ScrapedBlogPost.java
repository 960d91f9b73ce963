package org.pubharvest.ingest.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.pubharvest.ingest.metadata.ResearchAreaLink;

/**
 * A blog post as the page states it.
 *
 * @param url               canonical url of the post
 * @param fetchedAt         when the page was fetched
 * @param contentHash       SHA-256 of the page body
 * @param title             headline, or null
 * @param subtitle          sub-headline, or null
 * @param authors           the post's authors in byline order
 * @param date              the date line as stated, or null
 * @param researchArea      the research-area tag, or null
 * @param paperUrl          absolute url of the paper the post links, or null
 * @param paperAuthorsNamed the names in the sentence that names the paper's authors ("A, B and C"), or null
 */
public record ScrapedBlogPost(String url, Instant fetchedAt, String contentHash, String title, String subtitle,
                              List<String> authors, String date, ResearchAreaLink researchArea, String paperUrl,
                              String paperAuthorsNamed) {

    public ScrapedBlogPost {
        Objects.requireNonNull(url, "url");
        authors = List.copyOf(authors);
    }
}

package org.pubharvest.transform.blog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.pubharvest.transform.area.ResearchArea;

/**
 * A blog post about a paper, normalized.
 *
 * @param url          the post's url
 * @param title        headline
 * @param subtitle     sub-headline, or null
 * @param authors      the post's authors in byline order
 * @param date         publication day, or null
 * @param researchArea its research-area tag, or null
 * @param paperUrl     the publication page it links, or null
 * @param paperAuthors the people it names as the paper's authors, in its order; empty when it does not say
 * @param contentHash  SHA-256 of the page
 * @param fetchedAt    when the page was fetched
 */
public record BlogPost(String url, String title, String subtitle, List<String> authors, LocalDate date,
                       ResearchArea researchArea, String paperUrl, List<String> paperAuthors, String contentHash,
                       Instant fetchedAt) {

    public BlogPost {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        paperAuthors = List.copyOf(paperAuthors);
    }
}

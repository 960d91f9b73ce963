package org.pubharvest.transform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.metadata.ResearchAreaLink;
import org.pubharvest.ingest.ranking.ScrapedBlogPost;
import org.pubharvest.transform.area.ResearchAreaCatalog;

class BlogPostNormalizerTest {

    private final BlogPostNormalizer normalizer = new BlogPostNormalizer(ResearchAreaCatalog.bundled());

    @Test
    void splitsTheNamedPaperAuthorsAndReadsDateAndArea() {
        BlogPost post = accepted(new ScrapedBlogPost("https://www.amazon.science/blog/x", Instant.EPOCH, "hash",
                " Telling  confounders ", null, List.of("Dominik Janzing", " Dominik Janzing"), "July 25, 2019",
                new ResearchAreaLink("Machine learning", "https://www.amazon.science/research-areas/machine-learning"),
                null, "Atalanti A. Mastakouri, Bernhard Scho\u0308lkopf, and Dominik Janzing"));

        assertThat(post.title()).isEqualTo("Telling confounders");
        assertThat(post.authors()).containsExactly("Dominik Janzing");
        assertThat(post.paperAuthors()).containsExactly("Atalanti A. Mastakouri", "Bernhard Schölkopf", "Dominik Janzing");
        assertThat(post.date()).isEqualTo(LocalDate.of(2019, 7, 25));
        assertThat(post.researchArea().slug()).isEqualTo("machine-learning");
    }

    @Test
    void aPostThatNamesNobodyHasNoPaperAuthorsAndOneWithoutTitleIsRejected() {
        assertThat(accepted(new ScrapedBlogPost("https://www.amazon.science/blog/x", Instant.EPOCH, "hash", "T", null,
                List.of(), null, null, null, null)).paperAuthors()).isEmpty();
        assertThat(normalizer.normalize(new ScrapedBlogPost("https://www.amazon.science/blog/x", Instant.EPOCH, "hash",
                " ", null, List.of(), null, null, null, null)))
                .isEqualTo(new NormalizedBlogPost.Rejected("https://www.amazon.science/blog/x", "no title on the blog post"));
    }

    private BlogPost accepted(ScrapedBlogPost scraped) {
        return ((NormalizedBlogPost.Accepted) normalizer.normalize(scraped)).post();
    }
}

package org.pubharvest.ingest.ranking;

/**
 * One entry of a most-read list, strings as found.
 *
 * @param rank           the entry's rank: its {@code value} attribute when it has one, else its position
 * @param title          the paper's title when the entry gives one (a title line or a card), else null
 * @param abstractText   the quoted abstract without its outer quote marks, paragraphs joined by blank
 *                       lines; null when the entry quotes nothing
 * @param blogUrl        absolute url of "Read our blog post about this paper", or null
 * @param publicationUrl absolute url of the paper's publication page when the entry links it, or null
 * @param commentary     the paragraph about the blog post, venue and award, or null
 * @param venue          the venue the commentary names, or null
 * @param award          the award the commentary names, or null
 */
public record ScrapedRankingItem(int rank, String title, String abstractText, String blogUrl, String publicationUrl,
                                 String commentary, String venue, String award) {
}

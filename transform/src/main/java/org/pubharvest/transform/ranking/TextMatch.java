package org.pubharvest.transform.ranking;

/**
 * How similar a ranking entry's text is to one publication's.
 *
 * @param publicationUrl the publication
 * @param score          0 to 1: the larger of abstract containment and title similarity
 * @param basis          {@code abstract} or {@code title}, whichever gave the score
 */
public record TextMatch(String publicationUrl, double score, String basis) {
}

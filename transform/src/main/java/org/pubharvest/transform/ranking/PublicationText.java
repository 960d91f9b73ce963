package org.pubharvest.transform.ranking;

import java.util.Objects;

/**
 * What linking needs of a harvested publication.
 *
 * @param url          its page url
 * @param title        its title
 * @param abstractText its abstract, or null
 */
public record PublicationText(String url, String title, String abstractText) {

    public PublicationText {
        Objects.requireNonNull(url, "url");
    }
}

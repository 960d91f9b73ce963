package org.pubharvest.transform.publication;

/** The outcome of normalizing one scraped publication: a record to load, or a reason not to. */
public sealed interface NormalizedPublication {

    String url();

    record Accepted(Publication publication) implements NormalizedPublication {
        @Override
        public String url() {
            return publication.url();
        }
    }

    record Rejected(String url, String reason) implements NormalizedPublication {
    }
}

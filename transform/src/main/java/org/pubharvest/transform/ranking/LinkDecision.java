package org.pubharvest.transform.ranking;

import java.util.Objects;

/** Whether a ranking entry is tied to a publication, and on what evidence; or why it is not. */
public sealed interface LinkDecision {

    /** @param score the text similarity when the method is {@link LinkMethod#TEXT_MATCH}, else null */
    record Linked(String publicationUrl, LinkMethod method, Double score, String evidence) implements LinkDecision {
        public Linked {
            Objects.requireNonNull(publicationUrl, "publicationUrl");
            Objects.requireNonNull(method, "method");
        }
    }

    /** @param bestScore the best text similarity found (below the threshold), or null when there was nothing to compare */
    record Unlinked(String reason, Double bestScore) implements LinkDecision {
        public Unlinked {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

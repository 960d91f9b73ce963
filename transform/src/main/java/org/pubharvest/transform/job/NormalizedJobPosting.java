package org.pubharvest.transform.job;

import java.util.Objects;

/** The outcome of normalizing one card or detail page: a posting, or a reason not to have one. */
public sealed interface NormalizedJobPosting {

    record Accepted(JobPosting posting) implements NormalizedJobPosting {
        public Accepted {
            Objects.requireNonNull(posting, "posting");
        }
    }

    record Rejected(String reason) implements NormalizedJobPosting {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

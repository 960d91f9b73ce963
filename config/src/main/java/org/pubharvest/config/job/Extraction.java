package org.pubharvest.config.job;

import java.util.List;
import java.util.Objects;

/** What a page gave: records to load, or the reason it gave none. */
public sealed interface Extraction<R> {

    static <R> Extraction<R> accepted(List<R> records) {
        return new Accepted<>(records);
    }

    static <R> Extraction<R> rejected(String reason) {
        return new Rejected<>(reason);
    }

    record Accepted<R>(List<R> records) implements Extraction<R> {
        public Accepted {
            records = List.copyOf(records);
        }
    }

    record Rejected<R>(String reason) implements Extraction<R> {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

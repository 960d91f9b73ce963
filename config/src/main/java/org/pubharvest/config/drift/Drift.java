package org.pubharvest.config.drift;

import java.util.Locale;
import java.util.Objects;

/** A sign that a site's markup changed under its profile, as one line for the run report and {@code status}. */
public sealed interface Drift {

    String line();

    /**
     * A field filled much less than it used to.
     *
     * @param before the mean fill rate over the runs compared with
     * @param after  this run's fill rate
     * @param runs   how many runs the mean is over
     */
    record FillFell(String kind, String field, double before, double after, int runs) implements Drift {

        public FillFell {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String line() {
            return String.format(Locale.ROOT, "drift: %s.%s fill %.2f -> %.2f over the last %s", kind, field,
                    before, after, runs == 1 ? "run" : runs + " runs");
        }
    }

    /**
     * A kind of list page gave no items at all.
     *
     * @param pages how many of its pages the run extracted
     */
    record NoItems(String kind, int pages) implements Drift {

        public NoItems {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String line() {
            return String.format(Locale.ROOT, "drift: %s gave no items on the %d page%s extracted", kind, pages,
                    pages == 1 ? "" : "s");
        }
    }
}

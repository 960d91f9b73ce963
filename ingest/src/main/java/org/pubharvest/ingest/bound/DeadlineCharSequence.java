package org.pubharvest.ingest.bound;

import java.util.Objects;

/**
 * Text that checks the extraction's deadline as a regular expression reads it. java.util.regex has no
 * time limit of its own, and a backtracking match reads its input over and over through
 * {@link #charAt(int)}, so checking there stops a runaway match.
 */
final class DeadlineCharSequence implements CharSequence {

    /** Reads between two checks: a check costs a clock read, a character a few nanoseconds. */
    private static final int READS_PER_CHECK = 1024;

    private final CharSequence text;
    private int readsSinceCheck;

    DeadlineCharSequence(CharSequence text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public char charAt(int index) {
        if (++readsSinceCheck >= READS_PER_CHECK) {
            readsSinceCheck = 0;
            ExtractionDeadline.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineCharSequence(text.subSequence(start, end));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

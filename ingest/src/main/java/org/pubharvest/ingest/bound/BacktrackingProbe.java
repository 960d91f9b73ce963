package org.pubharvest.ingest.bound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tries a regular expression on inputs that make runaway backtracking show: runs of one character (taken
 * from the pattern's own literals, and a few common ones) that end in a character nothing expects, alone
 * and after the literal text the pattern starts with (a url's fixed part). A pattern whose work grows
 * faster than its input reads such a run over and over: {@code (.*a){20}} or {@code ((a+)*)*b}
 * exponentially, {@code (x+x+)+y} with the cube and {@code (a+)+$} with the square of its length (Java
 * remembers where a group's loop failed, which tames the textbook cases from exponential to polynomial,
 * but a square of a 20,000-character paragraph is still seconds). The work is counted in characters read,
 * not timed, so the verdict is the same on a loaded machine: a pattern that reads a probe more than
 * {@link #READS_PER_CHARACTER} times a character is refused; sound patterns read each character a few times.
 */
public final class BacktrackingProbe {

    public static final int READS_PER_CHARACTER = 100;

    private static final int[] RUN_LENGTHS = {12, 25, 40, 1_000};
    private static final String COMMON = "ax0 .-/";
    private static final char UNEXPECTED = '\u0001';

    private BacktrackingProbe() {
    }

    /** A probe input the pattern read too often, or empty when it read every probe within the budget. */
    public static Optional<String> runawayInput(Pattern pattern) {
        for (String probe : probes(pattern.pattern())) {
            try {
                pattern.matcher(new CountedReads(probe)).matches();
            } catch (ReadBudgetSpent spent) {
                return Optional.of(probe);
            }
        }
        return Optional.empty();
    }

    /** How a probe is named in a profile's error: "a run of 25 'a'", "... after 'https://www.example.org/'". */
    public static String describe(String probe) {
        char repeated = probe.charAt(probe.length() - 2);
        int length = 0;
        for (int at = probe.length() - 2; at >= 0 && probe.charAt(at) == repeated; at--) {
            length++;
        }
        String run = "a run of " + length + " '" + repeated + "'";
        int prefix = probe.length() - 1 - length;
        return prefix == 0 ? run : run + " after '" + probe.substring(0, prefix) + "'";
    }

    private static List<String> probes(String regex) {
        Set<Character> characters = new LinkedHashSet<>();
        for (char c : regex.toCharArray()) {
            if (Character.isLetterOrDigit(c) || " ,.-/:'".indexOf(c) >= 0) {
                characters.add(c);
            }
        }
        for (char c : COMMON.toCharArray()) {
            characters.add(c);
        }
        String prefix = leadingLiteral(regex);
        List<String> probes = new ArrayList<>();
        for (int length : RUN_LENGTHS) {
            for (char c : characters) {
                String run = String.valueOf(c).repeat(length) + UNEXPECTED;
                probes.add(run);
                if (!prefix.isEmpty()) {
                    probes.add(prefix + run);
                }
            }
        }
        return probes;
    }

    /** "https://www.example.org/" of {@code https://www\.example\.org/(.+)}: what any match starts with. */
    private static String leadingLiteral(String regex) {
        StringBuilder literal = new StringBuilder();
        int at = 0;
        while (at < regex.length()) {
            char c = regex.charAt(at);
            if (c == '\\' && at + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(at + 1))) {
                literal.append(regex.charAt(at + 1));
                at += 2;
            } else if (Character.isLetterOrDigit(c) || " ,:/'-_=&".indexOf(c) >= 0) {
                literal.append(c);
                at++;
            } else {
                break;
            }
        }
        // A quantifier after the last character applies to it alone, so that character is not fixed.
        boolean quantified = at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0;
        return quantified && literal.length() > 0 ? literal.substring(0, literal.length() - 1) : literal.toString();
    }

    /** A probe that stops the match once it has been read more than its budget allows. */
    private static final class CountedReads implements CharSequence {

        private final String text;
        private final long[] readsLeft;

        CountedReads(String text) {
            this(text, new long[] {(long) READS_PER_CHARACTER * text.length()});
        }

        private CountedReads(String text, long[] readsLeft) {
            this.text = text;
            this.readsLeft = readsLeft;
        }

        @Override
        public char charAt(int index) {
            if (--readsLeft[0] < 0) {
                throw new ReadBudgetSpent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedReads(text.substring(start, end), readsLeft);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Thrown through the regex engine to end a probe; it carries nothing, so no stack trace is filled. */
    private static final class ReadBudgetSpent extends RuntimeException {

        ReadBudgetSpent() {
            super(null, null, false, false);
        }
    }
}

package org.pubharvest.transform.venue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pubharvest.transform.text.Text;

/**
 * Turns a venue as a page states it ("SOSP 2021", "SOSP '21: ACM SIGOPS 28th Symposium on
 * Operating Systems Principles", "Proceedings of the ...") into one canonical {@link Venue}.
 * Known venues come from {@code venues.tsv}; an unknown one gets a key made from its name with
 * the year, ordinals and "Proceedings of" taken out, so its spellings still meet.
 */
public final class VenueCatalog {

    private static final Pattern YEARS = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)|['\u2019]\\d{2}\\b");
    /** An edition: "28th", "the Thirteenth". Only boilerplate in the name of an event (see EVENT_WORDS). */
    private static final Pattern ORDINALS = Pattern.compile("\\b(?:the\\s+)?\\d+(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROCEEDINGS = Pattern.compile("^(proceedings of( the)?|in proceedings of( the)?|"
            + "in:)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_WORDS = Pattern.compile("\\b(?:the\\s+)?(first|second|third|fourth|fifth|"
            + "sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|\\w*tieth|\\w+ty-\\w+(st|nd|rd|th))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words that make a name an event's, whose editions are numbered: only there is "Fifth" an
     * edition and "Proceedings of" the book around it. In a journal's name both are the name's
     * own ("First Monday", "Proceedings of the National Academy of Sciences").
     */
    private static final Pattern EVENT_WORDS = Pattern.compile("(?i)\\b(conference|workshop|symposium|meeting|"
            + "congress|colloquium|convention|summit|forum|school|seminar)\\b");
    /** "(Volume 1: Long Papers)", ", Volume 2": which part of the proceedings, not the venue's name. */
    private static final Pattern VOLUME_PART = Pattern.compile("(?i)\\s*(\\((?:vol\\.?|volume)\\s*\\d+[^)]*\\)|"
            + ",?\\s+(?:vol\\.?|volume)\\s+\\d+\\b.*$)");
    /** A mention of the venue that is its acronym and a year: "ICWSM 2024", "SOSP '21". */
    private static final Pattern ACRONYM_AND_YEAR = Pattern.compile(
            "^((?=\\S*\\p{Lu}\\S*\\p{Lu})\\p{L}[\\p{L}&+-]{1,15})\\s+(?:(?:19|20)\\d{2}|['\u2019]\\d{2})$");
    /** A conference page's url slug: "icwsm-2024". */
    private static final Pattern EVENT_SLUG = Pattern.compile("^([a-z][a-z&+]*(?:-[a-z]+)?)-(?:19|20)\\d{2}$");
    /** "e-Energy '21:" or "FOO 2021:" at the start. */
    private static final Pattern ACRONYM_PREFIX = Pattern.compile("^([A-Za-z][\\w&-]*)\\s*(?:['\u2019]\\d{2}|(?:19|20)\\d{2})?\\s*:\\s*");
    /** "(QCE)", "(MLSys 2021)": an acronym has two capitals at least. */
    private static final Pattern PARENTHESIZED_ACRONYM = Pattern.compile(
            "\\(\\s*((?=[\\w&-]*[A-Z][\\w&-]*[A-Z])[A-Za-z][\\w&-]*)(?:\\s+(?:19|20)\\d{2})?\\s*\\)");
    /** "FOOCONF", "MLSys": one word, capitals half its letters at least. "ZooKeys" and "PeerJ" are names. */
    private static final Pattern SINGLE_WORD_ACRONYM = Pattern.compile("(?=\\S*[A-Z]\\S*[A-Z])[A-Za-z][\\w&-]{1,15}");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}{2,8}");
    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of("of", "on", "the", "and", "for", "in",
            "&", "a", "an", "to", "at");

    private final List<Entry> entries;

    private VenueCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static VenueCatalog bundled() {
        try (InputStream in = VenueCatalog.class.getResourceAsStream("/org/pubharvest/transform/venues.tsv")) {
            return read(Objects.requireNonNull(in, "venues.tsv is missing from the classpath"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read venues.tsv", e);
        }
    }

    static VenueCatalog read(InputStream tsv) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            Venue venue = new Venue(columns[0], columns[1].isEmpty() ? null : columns[1], columns[2]);
            List<String> spellings = new ArrayList<>();
            spellings.add(Text.fold(columns[1]));
            spellings.add(Text.fold(columns[2]));
            if (columns.length > 3) {
                for (String alias : columns[3].split("\\|")) {
                    spellings.add(Text.fold(alias));
                }
            }
            spellings.removeIf(String::isEmpty);
            entries.add(new Entry(venue, spellings));
        }
        return new VenueCatalog(entries);
    }

    /** The canonical venue for a stated one; empty when nothing is stated. */
    public Optional<Venue> resolve(String stated) {
        return resolve(stated, List.of());
    }

    /**
     * The canonical venue for a stated one, with the other ways the page names it: a catalog venue
     * that only a mention names ("EMNLP 2023" beside an unknown spelling of its full name) wins
     * over an unknown name, and an unknown venue without an acronym takes the one the page shows
     * ("ICWSM 2024", or the conference url's slug).
     */
    public Optional<Venue> resolve(String stated, List<String> mentions) {
        String cleaned = Text.clean(stated);
        if (cleaned == null) {
            return Optional.empty();
        }
        Optional<Venue> known = known(cleaned);
        if (known.isPresent()) {
            return known;
        }
        for (String mention : mentions) {
            Optional<Venue> knownByMention = Text.clean(mention) == null ? Optional.empty() : known(Text.clean(mention));
            if (knownByMention.isPresent()) {
                return knownByMention;
            }
        }
        Venue venue = unknown(cleaned);
        if (venue.acronym() == null) {
            String acronym = acronymIn(mentions, venue.name());
            if (acronym != null) {
                venue = new Venue(Text.slug(acronym), acronym, venue.name());
            }
        }
        return Optional.of(venue);
    }

    /**
     * The acronym a page shows beside the venue: "ICWSM 2024" first, else a word in capitals that
     * spells the name's initials ("DHQ" for Digital Humanities Quarterly), else a conference url slug.
     */
    private static String acronymIn(List<String> mentions, String name) {
        for (String mention : mentions) {
            Matcher display = ACRONYM_AND_YEAR.matcher(Objects.requireNonNullElse(Text.clean(mention), ""));
            if (display.matches()) {
                return display.group(1);
            }
        }
        String initials = initials(name);
        for (String mention : mentions) {
            String cleaned = Objects.requireNonNullElse(Text.clean(mention), "");
            if (CAPITALS_WORD.matcher(cleaned).matches() && cleaned.equals(initials)) {
                return cleaned;
            }
        }
        for (String mention : mentions) {
            Matcher slug = EVENT_SLUG.matcher(Objects.requireNonNullElse(Text.clean(mention), ""));
            if (slug.matches()) {
                return slug.group(1).toUpperCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private Optional<Venue> known(String cleaned) {
        String folded = " " + Text.fold(cleaned) + " ";
        Venue best = null;
        int bestLength = 0;
        for (Entry entry : entries) {
            for (String spelling : entry.spellings()) {
                boolean matches = spelling.equals(entry.acronym()) ? acronymNames(cleaned, folded, spelling)
                        : folded.contains(" " + spelling + " ");
                if (spelling.length() > bestLength && matches) {
                    best = entry.venue();
                    bestLength = spelling.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a venue statement is named by a catalog acronym: it starts with it ("KDD 2021 Workshop
     * on ...", "SOSP '21: ..."), shows it in brackets ("(NeurIPS)"), or is little more than it. An
     * acronym inside a longer name is that name's word, not the venue: "International AAAI
     * Conference on Web and Social Media" is ICWSM, not AAAI.
     */
    private static boolean acronymNames(String stated, String folded, String acronym) {
        String spaced = " " + acronym + " ";
        if (!folded.contains(spaced)) {
            return false;
        }
        if (folded.startsWith(spaced) || folded.strip().split(" ").length <= 3) {
            return true;
        }
        Matcher bracketed = BRACKETED.matcher(stated);
        while (bracketed.find()) {
            if ((" " + Text.fold(bracketed.group(1)) + " ").startsWith(spaced)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A venue the catalog does not know. The acronym comes from "(QCE)" or "(MLSys 2021)", or
     * from a prefix like "e-Energy '21:"; the key from the acronym when there is one, so that
     * "MLSys 2021" and "Proceedings of ... (MLSys 2021)" meet.
     */
    private static Venue unknown(String stated) {
        String acronym = null;
        String name = stated;
        Matcher prefix = ACRONYM_PREFIX.matcher(name);
        if (prefix.find()) {
            acronym = prefix.group(1);
            name = name.substring(prefix.end());
        }
        Matcher parenthesized = PARENTHESIZED_ACRONYM.matcher(name);
        if (parenthesized.find()) {
            acronym = acronym == null ? parenthesized.group(1) : acronym;
            name = name.substring(0, parenthesized.start()) + name.substring(parenthesized.end());
        }
        name = VOLUME_PART.matcher(name).replaceAll("");
        name = YEARS.matcher(name).replaceAll("");
        if (EVENT_WORDS.matcher(name).find()) {
            name = ORDINALS.matcher(name).replaceAll("");
            name = ORDINAL_WORDS.matcher(name).replaceAll("");
            name = PROCEEDINGS.matcher(Objects.requireNonNullElse(Text.clean(name), "")).replaceAll("");
        }
        name = Text.clean(name.replaceAll("\\(\\s*\\)", "").replaceAll("^[\\s:,-]+|[\\s:,-]+$", ""));
        if (acronym == null && name != null && SINGLE_WORD_ACRONYM.matcher(name).matches() && mostlyCapitals(name)) {
            acronym = name;
        }
        if (name == null) {
            name = acronym != null ? acronym : Text.clean(stated);
        }
        return new Venue(Text.slug(acronym != null ? acronym : name), acronym, name);
    }

    private static boolean mostlyCapitals(String word) {
        long letters = word.chars().filter(Character::isLetter).count();
        long capitals = word.chars().filter(Character::isUpperCase).count();
        return capitals * 2 >= letters;
    }

    /** The initials of a name's significant words: "Digital Humanities Quarterly" gives "DHQ". */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s/-]+")) {
            if (!word.isEmpty() && !MINOR_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))
                    && Character.isLetter(word.charAt(0))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    private record Entry(Venue venue, List<String> spellings) {

        /** The folded acronym, the first spelling; "" when the venue has none. */
        String acronym() {
            return venue.acronym() == null ? "" : Text.fold(venue.acronym());
        }
    }
}

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
    private static final Pattern ORDINALS = Pattern.compile("\\b\\d+(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROCEEDINGS = Pattern.compile("^(proceedings of( the)?|in proceedings of( the)?)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_WORDS = Pattern.compile("\\b(first|second|third|fourth|fifth|sixth|seventh|"
            + "eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|\\w*tieth|\\w+ty-\\w+(st|nd|rd|th))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "e-Energy '21:" or "FOO 2021:" at the start. */
    private static final Pattern ACRONYM_PREFIX = Pattern.compile("^([A-Za-z][\\w&-]*)\\s*(?:['\u2019]\\d{2}|(?:19|20)\\d{2})?\\s*:\\s*");
    /** "(QCE)", "(MLSys 2021)": an acronym has two capitals at least. */
    private static final Pattern PARENTHESIZED_ACRONYM = Pattern.compile(
            "\\(\\s*((?=[\\w&-]*[A-Z][\\w&-]*[A-Z])[A-Za-z][\\w&-]*)(?:\\s+(?:19|20)\\d{2})?\\s*\\)");
    private static final Pattern SINGLE_WORD_ACRONYM = Pattern.compile("(?=\\S*[A-Z]\\S*[A-Z])[A-Za-z][\\w&-]{1,15}");

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
        String cleaned = Text.clean(stated);
        if (cleaned == null) {
            return Optional.empty();
        }
        String folded = " " + Text.fold(cleaned) + " ";
        Venue best = null;
        int bestLength = 0;
        for (Entry entry : entries) {
            for (String spelling : entry.spellings()) {
                if (spelling.length() > bestLength && folded.contains(" " + spelling + " ")) {
                    best = entry.venue();
                    bestLength = spelling.length();
                }
            }
        }
        return Optional.of(best != null ? best : unknown(cleaned));
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
        name = YEARS.matcher(name).replaceAll("");
        name = ORDINALS.matcher(name).replaceAll("");
        name = ORDINAL_WORDS.matcher(name).replaceAll("");
        name = PROCEEDINGS.matcher(Objects.requireNonNullElse(Text.clean(name), "")).replaceAll("");
        name = Text.clean(name.replaceAll("\\(\\s*\\)", "").replaceAll("^[\\s:,-]+|[\\s:,-]+$", "")
                .replaceAll("^(The|the)\\s+", ""));
        if (acronym == null && name != null && SINGLE_WORD_ACRONYM.matcher(name).matches()) {
            acronym = name;
        }
        if (name == null) {
            name = acronym != null ? acronym : Text.clean(stated);
        }
        return new Venue(Text.slug(acronym != null ? acronym : name), acronym, name);
    }

    private record Entry(Venue venue, List<String> spellings) {
    }
}

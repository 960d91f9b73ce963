package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publication fields as one source on a page states them: strings as found, any of them absent,
 * each with the label of where exactly it was read ({@code citation_title}, {@code json-ld:headline},
 * {@code dc.contributor}, ...). Built with {@link #from(MetadataSource)}.
 */
public final class PartialPublication {

    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("</?[A-Za-z][\\w:-]*(\\s[^<>]*)?/?>");

    private final MetadataSource source;
    private final Map<PublicationField, Found> fields;
    private final List<ResearchAreaLink> researchAreas;
    private final List<String> venueHints;
    private final List<String[]> dateCandidates;

    private PartialPublication(Builder builder) {
        this.source = builder.source;
        this.fields = new EnumMap<>(builder.fields);
        this.researchAreas = List.copyOf(builder.researchAreas);
        this.venueHints = List.copyOf(builder.venueHints);
        this.dateCandidates = List.copyOf(builder.dateCandidates);
    }

    public static Builder from(MetadataSource source) {
        return new Builder(source);
    }

    public static PartialPublication empty(MetadataSource source) {
        return from(source).build();
    }

    /** Whether this source states nothing at all. */
    public boolean isEmpty() {
        return fields.isEmpty() && researchAreas.isEmpty() && venueHints.isEmpty();
    }

    public MetadataSource source() {
        return source;
    }

    /** The field's single value, or null. */
    public String text(PublicationField field) {
        Found found = fields.get(field);
        return found == null ? null : found.values().get(0);
    }

    /** The field's values in page order; empty when absent. */
    public List<String> list(PublicationField field) {
        Found found = fields.get(field);
        return found == null ? List.of() : found.values();
    }

    /** Where the field was read, or null when this source does not state it. */
    public String label(PublicationField field) {
        Found found = fields.get(field);
        return found == null ? null : found.label();
    }

    public String title() {
        return text(PublicationField.TITLE);
    }

    public List<String> authors() {
        return list(PublicationField.AUTHORS);
    }

    public String venue() {
        return text(PublicationField.VENUE);
    }

    public String date() {
        return text(PublicationField.DATE);
    }

    public String abstractText() {
        return text(PublicationField.ABSTRACT);
    }

    public String pdfUrl() {
        return text(PublicationField.PDF_URL);
    }

    public String doi() {
        return text(PublicationField.DOI);
    }

    public List<String> keywords() {
        return list(PublicationField.KEYWORDS);
    }

    public List<ResearchAreaLink> researchAreas() {
        return researchAreas;
    }

    /**
     * Other ways this source names the venue besides {@link #venue()}: an acronym with its year
     * ("ICWSM 2024"), a journal abbreviation, a conference page's url slug. Normalization takes an
     * acronym from them when the venue's full name alone does not give one.
     */
    public List<String> venueHints() {
        return venueHints;
    }

    /**
     * Every date this source states, in its order of preference, each as {label, value}: a
     * publication date given as a year only ("2021") may stand beside the day it went online.
     */
    public List<String[]> dateCandidates() {
        return dateCandidates;
    }

    @Override
    public String toString() {
        return source + fields.toString();
    }

    private record Found(String label, List<String> values) {
    }

    /** Collects a source's fields; blank values and empty lists are left out, so absent stays absent. */
    public static final class Builder {
        private final MetadataSource source;
        private final Map<PublicationField, Found> fields = new EnumMap<>(PublicationField.class);
        private final List<ResearchAreaLink> researchAreas = new ArrayList<>();
        private final List<String> venueHints = new ArrayList<>();
        private final List<String[]> dateCandidates = new ArrayList<>();

        private Builder(MetadataSource source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder text(PublicationField field, String value, String label) {
            String cleaned = clean(value);
            if (cleaned != null && field == PublicationField.DATE) {
                dateCandidates.add(new String[] {label, cleaned});
            }
            if (cleaned != null && !fields.containsKey(field)) {
                fields.put(field, new Found(label, List.of(cleaned)));
            }
            return this;
        }

        public Builder text(PublicationField field, MetaTags.Named named) {
            return named == null ? this : text(field, named.values().get(0), named.name());
        }

        public Builder list(PublicationField field, List<String> values, String label) {
            List<String> cleaned = new ArrayList<>();
            if (values != null) {
                values.stream().map(Builder::clean).filter(Objects::nonNull).forEach(cleaned::add);
            }
            if (!cleaned.isEmpty() && !fields.containsKey(field)) {
                fields.put(field, new Found(label, List.copyOf(cleaned)));
            }
            return this;
        }

        public Builder researchAreas(List<ResearchAreaLink> areas) {
            researchAreas.addAll(areas);
            return this;
        }

        public Builder venueHint(String hint) {
            String cleaned = clean(hint);
            if (cleaned != null && !venueHints.contains(cleaned)) {
                venueHints.add(cleaned);
            }
            return this;
        }

        public boolean has(PublicationField field) {
            return fields.containsKey(field);
        }

        public PartialPublication build() {
            return new PartialPublication(this);
        }

        private static String clean(String value) {
            if (value == null) {
                return null;
            }
            String stripped = MARKUP.matcher(value).find() ? markupToText(value) : value.strip();
            return stripped == null || stripped.isEmpty() ? null : stripped;
        }

        /**
         * Metadata values written as markup ({@code <p>…</p>} in a JSON-LD description,
         * {@code <jats:p>} in a citation_abstract, {@code <i>} in a title) as the text they show.
         */
        private static String markupToText(String value) {
            return ElementText.block(org.jsoup.Jsoup.parseBodyFragment(value.replaceAll("(?i)<(/?)jats:", "<$1")).body());
        }
    }
}

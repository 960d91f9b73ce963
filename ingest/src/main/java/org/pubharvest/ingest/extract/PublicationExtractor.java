package org.pubharvest.ingest.extract;

import static org.pubharvest.ingest.metadata.PublicationField.ABSTRACT;
import static org.pubharvest.ingest.metadata.PublicationField.AUTHORS;
import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.DOI;
import static org.pubharvest.ingest.metadata.PublicationField.FIRST_PAGE;
import static org.pubharvest.ingest.metadata.PublicationField.ISSN;
import static org.pubharvest.ingest.metadata.PublicationField.ISSUE;
import static org.pubharvest.ingest.metadata.PublicationField.KEYWORDS;
import static org.pubharvest.ingest.metadata.PublicationField.LANGUAGE;
import static org.pubharvest.ingest.metadata.PublicationField.PDF_URL;
import static org.pubharvest.ingest.metadata.PublicationField.PUBLISHER;
import static org.pubharvest.ingest.metadata.PublicationField.TITLE;
import static org.pubharvest.ingest.metadata.PublicationField.VENUE;
import static org.pubharvest.ingest.metadata.PublicationField.VOLUME;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.metadata.CitationTagReader;
import org.pubharvest.ingest.metadata.DublinCoreReader;
import org.pubharvest.ingest.metadata.EprintsReader;
import org.pubharvest.ingest.metadata.JsonLdObjects;
import org.pubharvest.ingest.metadata.JsonLdReader;
import org.pubharvest.ingest.metadata.MicrodataReader;
import org.pubharvest.ingest.metadata.OpenGraphReader;
import org.pubharvest.ingest.metadata.PartialPublication;
import org.pubharvest.ingest.metadata.PrismReader;
import org.pubharvest.ingest.metadata.PublicationField;
import org.pubharvest.ingest.metadata.RdfaReader;
import org.pubharvest.ingest.metadata.ResearchAreaLink;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.visible.VisiblePageReader;

/**
 * Turns a publication page into a {@link ScrapedPublication}. Each field comes from the first
 * layer that has it, in the order of {@link org.pubharvest.ingest.metadata.MetadataSource}:
 * citation_*, bepress, EPrints, JSON-LD, microdata, RDFa, Dublin Core, PRISM, the profile's
 * selectors, OpenGraph, then the visible page read by structure. Research areas are the site's own
 * taxonomy, which standard metadata does not carry, so for them the visible tags come first and
 * keywords are the fallback. Never throws for what a page contains.
 */
public final class PublicationExtractor {

    /** "SOSP 2021", "CHI '23: …", "… (MLSys 2021)": a venue statement that shows its acronym already. */
    private static final Pattern STATED_WITH_ACRONYM = Pattern.compile(
            "^\\p{Lu}[\\p{L}&-]*\\p{Lu}[\\p{L}&-]*\\s+(?:(?:19|20)\\d{2}|['\u2019]\\d{2})|\\(\\p{Lu}[\\p{L}&-]*\\p{Lu}");

    private final CitationTagReader citationTags = new CitationTagReader();
    private final CitationTagReader bepressTags = CitationTagReader.bepress();
    private final EprintsReader eprints = new EprintsReader();
    private final JsonLdReader jsonLd = new JsonLdReader();
    private final MicrodataReader microdata = new MicrodataReader();
    private final RdfaReader rdfa = new RdfaReader();
    private final DublinCoreReader dublinCore = new DublinCoreReader();
    private final PrismReader prism = new PrismReader();
    private final OpenGraphReader openGraph = new OpenGraphReader();
    private final ProfileSelectorReader markup;
    private final VisiblePageReader visiblePage;

    public PublicationExtractor(SiteProfile profile) {
        Objects.requireNonNull(profile, "profile");
        this.markup = new ProfileSelectorReader(profile.publicationSelectors());
        this.visiblePage = new VisiblePageReader(profile.siteNameIsVenue());
    }

    public ScrapedPublication extract(FetchedPage page) {
        return extract(ParsedPage.of(page));
    }

    /** Extracts from a page already parsed, for callers that read other records from the same page. */
    public ScrapedPublication extract(ParsedPage parsed) {
        Document document = parsed.document();
        FetchedPage page = parsed.page();
        JsonLdObjects jsonLdObjects = jsonLd.objects(document);
        List<PartialPublication> layers = new ArrayList<>(List.of(
                citationTags.read(document),
                bepressTags.read(document),
                eprints.read(document),
                jsonLd.readArticle(jsonLdObjects),
                microdata.read(document),
                rdfa.read(document),
                dublinCore.read(document),
                prism.read(document),
                markup.read(document),
                openGraph.read(document)));
        layers.add(visiblePage.read(document, missing(layers)));
        Merge merge = new Merge(layers);
        return new ScrapedPublication(page.url(), page.fetchedAt(), page.contentHash(),
                merge.text(TITLE),
                merge.list(AUTHORS),
                merge.text(VENUE),
                merge.date(),
                merge.text(ABSTRACT),
                absolute(document, merge.text(PDF_URL)),
                merge.text(DOI),
                merge.list(KEYWORDS),
                merge.researchAreas(),
                new ScrapedPublication.BibliographicDetails(merge.text(PUBLISHER), merge.text(VOLUME),
                        merge.text(ISSUE), merge.text(FIRST_PAGE), merge.text(ISSN), merge.text(LANGUAGE)),
                merge.venueMentions(),
                merge.sources(),
                jsonLdObjects.problems());
    }

    /**
     * The fields no layer above the visible page states, which is all the visible page is asked
     * for; and the venue too when it is stated only in full, for the acronym the page may display.
     */
    private static Set<PublicationField> missing(List<PartialPublication> layers) {
        Set<PublicationField> missing = EnumSet.of(TITLE, AUTHORS, VENUE, DATE, ABSTRACT, PDF_URL, DOI,
                PublicationField.RESEARCH_AREAS);
        for (PartialPublication layer : layers) {
            missing.removeIf(field -> field == PublicationField.RESEARCH_AREAS ? !layer.researchAreas().isEmpty()
                    : layer.text(field) != null);
        }
        boolean venueHasAcronym = layers.stream().anyMatch(layer -> !layer.venueHints().isEmpty()
                || (layer.venue() != null && STATED_WITH_ACRONYM.matcher(layer.venue()).find()));
        if (!venueHasAcronym) {
            missing.add(VENUE);
        }
        return missing;
    }

    private static String absolute(Document document, String url) {
        if (url == null) {
            return null;
        }
        String absolute = StringUtil.resolve(document.location(), url);
        return absolute.isEmpty() ? url : absolute;
    }

    /** Picks each field from the first layer that has it and remembers where that layer read it. */
    private static final class Merge {
        private static final Pattern HAS_DAY = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"
                + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,}\\.?,?\\s+\\d{4}|\\p{L}{3,}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}");
        private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

        private final List<PartialPublication> layers;
        private final Map<String, String> sources = new LinkedHashMap<>();

        Merge(List<PartialPublication> layers) {
            this.layers = layers;
        }

        String text(PublicationField field) {
            for (PartialPublication layer : layers) {
                String value = layer.text(field);
                if (value != null) {
                    sources.put(field.key(), layer.label(field));
                    return value;
                }
            }
            return null;
        }

        List<String> list(PublicationField field) {
            for (PartialPublication layer : layers) {
                List<String> value = layer.list(field);
                if (!value.isEmpty()) {
                    sources.put(field.key(), layer.label(field));
                    return value;
                }
            }
            return new ArrayList<>();
        }

        /**
         * The first date stated, unless it lacks a day and a later one gives the day in the same
         * year: a journal's issue date ("2022/07") beside the article's online date ("2022/04/11").
         */
        String date() {
            List<String[]> candidates = new ArrayList<>();
            layers.forEach(layer -> candidates.addAll(layer.dateCandidates()));
            if (candidates.isEmpty()) {
                return null;
            }
            String[] chosen = candidates.get(0);
            Matcher year = YEAR.matcher(chosen[1]);
            if (!HAS_DAY.matcher(chosen[1]).find() && year.find()) {
                for (String[] candidate : candidates) {
                    Matcher candidateYear = YEAR.matcher(candidate[1]);
                    if (HAS_DAY.matcher(candidate[1]).find() && candidateYear.find()
                            && candidateYear.group().equals(year.group())) {
                        chosen = candidate;
                        break;
                    }
                }
            }
            sources.put(DATE.key(), chosen[0]);
            return chosen[1];
        }

        List<ResearchAreaLink> researchAreas() {
            for (PartialPublication layer : layers) {
                if (!layer.researchAreas().isEmpty()) {
                    sources.put(PublicationField.RESEARCH_AREAS.key(),
                            layer.source().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":research-area-links");
                    return layer.researchAreas();
                }
            }
            return List.of();
        }

        /** Every venue statement of every layer, then their hints, in precedence order, each once. */
        List<String> venueMentions() {
            List<String> mentions = new ArrayList<>();
            for (PartialPublication layer : layers) {
                if (layer.venue() != null && !mentions.contains(layer.venue())) {
                    mentions.add(layer.venue());
                }
            }
            for (PartialPublication layer : layers) {
                layer.venueHints().stream().filter(hint -> !mentions.contains(hint)).forEach(mentions::add);
            }
            return mentions;
        }

        Map<String, String> sources() {
            return sources;
        }
    }
}

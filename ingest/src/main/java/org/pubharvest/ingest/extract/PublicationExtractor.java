package org.pubharvest.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.metadata.CitationTagReader;
import org.pubharvest.ingest.metadata.DublinCoreReader;
import org.pubharvest.ingest.metadata.JsonLdObjects;
import org.pubharvest.ingest.metadata.JsonLdReader;
import org.pubharvest.ingest.metadata.MetadataSource;
import org.pubharvest.ingest.metadata.OpenGraphReader;
import org.pubharvest.ingest.metadata.PartialPublication;
import org.pubharvest.ingest.site.SiteProfile;

/**
 * Turns a publication page into a {@link ScrapedPublication}. Each field comes from the first
 * source that has it, in this order: citation_* tags, JSON-LD, Dublin Core, the profile's selectors over
 * visible markup, then OpenGraph. Research areas are the site's own taxonomy, which standard
 * metadata does not carry, so for them the visible tags come first and keywords are the fallback.
 * Never throws for what a page contains.
 */
public final class PublicationExtractor {

    private final CitationTagReader citationTags = new CitationTagReader();
    private final JsonLdReader jsonLd = new JsonLdReader();
    private final DublinCoreReader dublinCore = new DublinCoreReader();
    private final OpenGraphReader openGraph = new OpenGraphReader();
    private final ProfileSelectorReader markup;

    public PublicationExtractor(SiteProfile profile) {
        Objects.requireNonNull(profile, "profile");
        this.markup = new ProfileSelectorReader(profile.publicationSelectors());
    }

    public ScrapedPublication extract(FetchedPage page) {
        Document document = PageText.parse(page);
        JsonLdObjects jsonLdObjects = jsonLd.objects(document);
        List<PartialPublication> bySource = List.of(
                citationTags.read(document),
                jsonLd.readArticle(jsonLdObjects),
                dublinCore.read(document),
                markup.read(document),
                openGraph.read(document));
        Merge merge = new Merge(bySource);
        return new ScrapedPublication(page.url(), page.fetchedAt(), page.contentHash(),
                merge.text("title", PartialPublication::title),
                merge.list("authors", PartialPublication::authors),
                merge.text("venue", PartialPublication::venue),
                merge.text("date", PartialPublication::date),
                merge.text("abstract", PartialPublication::abstractText),
                absolute(document, merge.text("pdfUrl", PartialPublication::pdfUrl)),
                merge.text("doi", PartialPublication::doi),
                merge.list("keywords", PartialPublication::keywords),
                merge.list("researchAreas", PartialPublication::researchAreas),
                merge.sources(),
                jsonLdObjects.problems());
    }

    private static String absolute(Document document, String url) {
        if (url == null) {
            return null;
        }
        String absolute = StringUtil.resolve(document.location(), url);
        return absolute.isEmpty() ? url : absolute;
    }

    /** Picks each field from the first source that has it and remembers which one did. */
    private static final class Merge {
        private final List<PartialPublication> bySource;
        private final Map<String, MetadataSource> sources = new LinkedHashMap<>();

        Merge(List<PartialPublication> bySource) {
            this.bySource = bySource;
        }

        String text(String field, Function<PartialPublication, String> getter) {
            for (PartialPublication partial : bySource) {
                String value = getter.apply(partial);
                if (value != null && !value.isBlank()) {
                    sources.put(field, partial.source());
                    return value;
                }
            }
            return null;
        }

        <T> List<T> list(String field, Function<PartialPublication, List<T>> getter) {
            for (PartialPublication partial : bySource) {
                List<T> value = getter.apply(partial);
                if (!value.isEmpty()) {
                    sources.put(field, partial.source());
                    return value;
                }
            }
            return new ArrayList<>();
        }

        Map<String, MetadataSource> sources() {
            return sources;
        }
    }
}

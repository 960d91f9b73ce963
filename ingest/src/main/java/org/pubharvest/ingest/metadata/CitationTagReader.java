package org.pubharvest.ingest.metadata;

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

import java.util.Arrays;

import org.jsoup.nodes.Document;

/**
 * Highwire / Google Scholar tags, the metadata most scholarly sites carry, and bepress Digital
 * Commons' copy of them ({@code bepress_citation_*}): the same names behind another prefix.
 */
public final class CitationTagReader {

    private final MetadataSource source;
    private final String prefix;

    /** The plain {@code citation_*} tags. */
    public CitationTagReader() {
        this(MetadataSource.CITATION, "citation_");
    }

    private CitationTagReader(MetadataSource source, String prefix) {
        this.source = source;
        this.prefix = prefix;
    }

    /** bepress Digital Commons' {@code bepress_citation_*} tags. */
    public static CitationTagReader bepress() {
        return new CitationTagReader(MetadataSource.BEPRESS, "bepress_citation_");
    }

    public PartialPublication read(Document document) {
        PartialPublication.Builder found = PartialPublication.from(source)
                .text(TITLE, named(document, "title"))
                .text(VENUE, named(document, "conference_title", "journal_title", "inbook_title", "book_title",
                        "series_title", "conference"))
                .text(ABSTRACT, named(document, "abstract"))
                .text(PDF_URL, named(document, "pdf_url"))
                .text(DOI, named(document, "doi"))
                .text(PUBLISHER, named(document, "publisher", "technical_report_institution",
                        "dissertation_institution"))
                .text(VOLUME, named(document, "volume"))
                .text(ISSUE, named(document, "issue"))
                .text(FIRST_PAGE, named(document, "firstpage"))
                .text(ISSN, named(document, "issn", "eissn"))
                .text(LANGUAGE, named(document, "language"));
        // Every date is kept: a year-only publication date gives way to the online date's day.
        for (String name : new String[] {"publication_date", "date", "cover_date", "online_date", "year"}) {
            found.text(DATE, named(document, name));
        }
        authors(document, found);
        MetaTags.Named keywords = named(document, "keywords");
        if (keywords != null) {
            found.list(KEYWORDS, MetaValues.split(keywords.values(), "[;,]"), keywords.name());
        }
        Arrays.asList("journal_abbrev", "conference_abbrev").forEach(name ->
                MetaTags.all(document, prefix + name).forEach(found::venueHint));
        return found.build();
    }

    /**
     * One tag per author; the older {@code citation_authors} packs them with semicolons, and some
     * sites pack them into one {@code citation_author} too.
     */
    private void authors(Document document, PartialPublication.Builder found) {
        MetaTags.Named authors = named(document, "author", "authors");
        if (authors == null) {
            return;
        }
        boolean packed = authors.name().endsWith("authors")
                || (authors.values().size() == 1 && authors.values().get(0).contains(";"));
        found.list(AUTHORS, packed ? MetaValues.split(authors.values(), ";") : authors.values(), authors.name());
    }

    private MetaTags.Named named(Document document, String... names) {
        return MetaTags.firstNamed(document, Arrays.stream(names).map(name -> prefix + name).toArray(String[]::new));
    }
}

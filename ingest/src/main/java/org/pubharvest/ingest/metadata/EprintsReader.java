package org.pubharvest.ingest.metadata;

import static org.pubharvest.ingest.metadata.PublicationField.ABSTRACT;
import static org.pubharvest.ingest.metadata.PublicationField.AUTHORS;
import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.DOI;
import static org.pubharvest.ingest.metadata.PublicationField.FIRST_PAGE;
import static org.pubharvest.ingest.metadata.PublicationField.ISSN;
import static org.pubharvest.ingest.metadata.PublicationField.ISSUE;
import static org.pubharvest.ingest.metadata.PublicationField.KEYWORDS;
import static org.pubharvest.ingest.metadata.PublicationField.PDF_URL;
import static org.pubharvest.ingest.metadata.PublicationField.PUBLISHER;
import static org.pubharvest.ingest.metadata.PublicationField.TITLE;
import static org.pubharvest.ingest.metadata.PublicationField.VENUE;
import static org.pubharvest.ingest.metadata.PublicationField.VOLUME;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;

/**
 * EPrints 3 repositories' {@code eprints.*} tags: creators as "Last, First" (turned round in
 * normalization), the venue as {@code publication} (a journal) or {@code event_title} (a
 * conference), the DOI in {@code id_number} or {@code official_url}, files in {@code document_url}.
 */
public final class EprintsReader {

    public PartialPublication read(Document document) {
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.EPRINTS)
                .text(TITLE, named(document, "title"))
                .text(VENUE, named(document, "publication", "event_title", "book_title"))
                .text(DATE, named(document, "date"))
                .text(ABSTRACT, named(document, "abstract"))
                .text(PUBLISHER, named(document, "publisher", "institution"))
                .text(VOLUME, named(document, "volume"))
                .text(ISSUE, named(document, "number"))
                .text(ISSN, named(document, "issn"));
        MetaTags.Named creators = named(document, "creators_name");
        if (creators != null) {
            found.list(AUTHORS, creators.values(), creators.name());
        }
        MetaTags.Named pages = named(document, "pagerange");
        if (pages != null) {
            found.text(FIRST_PAGE, MetaValues.firstPage(pages.values().get(0)), pages.name());
        }
        for (String name : new String[] {"id_number", "official_url", "doi"}) {
            MetaTags.Named identifiers = named(document, name);
            String doi = identifiers == null ? null : MetaValues.firstDoi(identifiers.values());
            if (doi != null) {
                found.text(DOI, doi, identifiers.name());
                break;
            }
        }
        MetaTags.Named documents = named(document, "document_url");
        if (documents != null) {
            found.text(PDF_URL, pdf(documents.values()), documents.name());
        }
        MetaTags.Named keywords = named(document, "keywords");
        if (keywords != null) {
            found.list(KEYWORDS, MetaValues.split(keywords.values(), "[;,]"), keywords.name());
        }
        return found.build();
    }

    /** The first document that is a PDF; a record may list a cover image or a data file before it. */
    private static String pdf(List<String> documents) {
        return documents.stream().filter(url -> url.toLowerCase(Locale.ROOT).contains(".pdf")).findFirst()
                .orElse(null);
    }

    private static MetaTags.Named named(Document document, String... fields) {
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = "eprints." + fields[i];
        }
        return MetaTags.firstNamed(document, names);
    }
}

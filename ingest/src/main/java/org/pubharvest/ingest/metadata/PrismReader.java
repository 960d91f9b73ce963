package org.pubharvest.ingest.metadata;

import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.DOI;
import static org.pubharvest.ingest.metadata.PublicationField.FIRST_PAGE;
import static org.pubharvest.ingest.metadata.PublicationField.ISSN;
import static org.pubharvest.ingest.metadata.PublicationField.ISSUE;
import static org.pubharvest.ingest.metadata.PublicationField.PUBLISHER;
import static org.pubharvest.ingest.metadata.PublicationField.VENUE;
import static org.pubharvest.ingest.metadata.PublicationField.VOLUME;

import org.jsoup.nodes.Document;

/**
 * PRISM tags, which publishers' platforms write beside Dublin Core for the container and the
 * identifiers ({@code prism.doi}, {@code prism.publicationName}, {@code prism.publicationDate});
 * both the dotted and the {@code prism:} spelling are seen.
 */
public final class PrismReader {

    public PartialPublication read(Document document) {
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.PRISM);
        for (String date : new String[] {"publicationDate", "coverDate", "onlineDate"}) {
            found.text(DATE, named(document, date));
        }
        return found
                .text(VENUE, named(document, "publicationName", "bookTitle"))
                .text(DOI, named(document, "doi"))
                .text(PUBLISHER, named(document, "publisher"))
                .text(VOLUME, named(document, "volume"))
                .text(ISSUE, named(document, "number", "issueIdentifier"))
                .text(FIRST_PAGE, named(document, "startingPage"))
                .text(ISSN, named(document, "issn", "eIssn"))
                .build();
    }

    private static MetaTags.Named named(Document document, String... fields) {
        String[] names = new String[fields.length * 2];
        for (int i = 0; i < fields.length; i++) {
            names[2 * i] = "prism." + fields[i];
            names[2 * i + 1] = "prism:" + fields[i];
        }
        return MetaTags.firstNamed(document, names);
    }
}

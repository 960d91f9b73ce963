package org.pubharvest.ingest.metadata;

import static org.pubharvest.ingest.metadata.PublicationField.ABSTRACT;
import static org.pubharvest.ingest.metadata.PublicationField.AUTHORS;
import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.DOI;
import static org.pubharvest.ingest.metadata.PublicationField.ISSN;
import static org.pubharvest.ingest.metadata.PublicationField.ISSUE;
import static org.pubharvest.ingest.metadata.PublicationField.KEYWORDS;
import static org.pubharvest.ingest.metadata.PublicationField.LANGUAGE;
import static org.pubharvest.ingest.metadata.PublicationField.PUBLISHER;
import static org.pubharvest.ingest.metadata.PublicationField.TITLE;
import static org.pubharvest.ingest.metadata.PublicationField.VENUE;
import static org.pubharvest.ingest.metadata.PublicationField.VOLUME;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;

/**
 * Dublin Core in meta tags, in any letter case and with either separator ({@code DC.title},
 * {@code dc.title}, {@code DCTERMS.issued}, {@code dcterms:issued}). Authors are the creators, or
 * where a page names no creator its contributors (DSpace and some OJS themes write authors so).
 * A DOI is whichever identifier is one ({@code doi:…}, {@code info:doi/…}, a doi.org url); the venue
 * is {@code isPartOf} or {@code DC.source}, which OJS fills with the journal's name.
 */
public final class DublinCoreReader {

    private static final String[] PREFIXES = {"dc.", "dcterms.", "dc:", "dcterms:"};

    public PartialPublication read(Document document) {
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.DUBLIN_CORE)
                .text(TITLE, named(document, "title"))
                .text(VENUE, named(document, "ispartof", "relation.ispartof", "source", "source.title"))
                .text(ABSTRACT, named(document, "abstract", "description.abstract", "description"))
                .text(PUBLISHER, named(document, "publisher"))
                .text(VOLUME, named(document, "source.volume", "citation.volume"))
                .text(ISSUE, named(document, "source.issue", "citation.issue"))
                .text(ISSN, named(document, "source.issn", "identifier.issn"))
                .text(LANGUAGE, named(document, "language"));
        for (String date : new String[] {"issued", "date.issued", "date", "created", "date.created", "available"}) {
            found.text(DATE, named(document, date));
        }
        MetaTags.Named people = named(document, "creator", "creator.personalname", "contributor.author",
                "contributor");
        if (people != null) {
            found.list(AUTHORS, people.values(), people.name());
        }
        doi(document, found);
        MetaTags.Named subjects = named(document, "subject");
        if (subjects != null) {
            found.list(KEYWORDS, MetaValues.split(subjects.values(), ";"), subjects.name());
        }
        return found.build();
    }

    private static void doi(Document document, PartialPublication.Builder found) {
        MetaTags.Named explicit = named(document, "identifier.doi");
        if (explicit != null) {
            found.text(DOI, explicit.values().get(0), explicit.name());
            return;
        }
        MetaTags.Named identifiers = named(document, "identifier");
        if (identifiers != null) {
            found.text(DOI, MetaValues.firstDoi(identifiers.values()), identifiers.name());
        }
    }

    /** The first field among the names, under any of the Dublin Core prefixes. */
    private static MetaTags.Named named(Document document, String... fields) {
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            for (String prefix : PREFIXES) {
                names.add(prefix + field);
            }
        }
        return MetaTags.firstNamed(document, names.toArray(String[]::new));
    }
}

package org.pubharvest.transform.publication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.pubharvest.ingest.extract.ScrapedPublication;
import org.pubharvest.ingest.metadata.ResearchAreaLink;
import org.pubharvest.transform.area.ResearchArea;
import org.pubharvest.transform.area.ResearchAreaCatalog;
import org.pubharvest.transform.text.Doi;
import org.pubharvest.transform.text.StatedDate;
import org.pubharvest.transform.text.Text;
import org.pubharvest.transform.venue.Venue;
import org.pubharvest.transform.venue.VenueCatalog;

/**
 * Scraped publication in, canonical publication (or a reason to reject it) out. Pure: no I/O,
 * never throws for what a page contained.
 */
public final class PublicationNormalizer {

    private static final int MAX_TITLE_LENGTH = 2000;

    private final VenueCatalog venues;
    private final ResearchAreaCatalog areas;

    public PublicationNormalizer(VenueCatalog venues, ResearchAreaCatalog areas) {
        this.venues = Objects.requireNonNull(venues, "venues");
        this.areas = Objects.requireNonNull(areas, "areas");
    }

    public static PublicationNormalizer withBundledCatalogs() {
        return new PublicationNormalizer(VenueCatalog.bundled(), ResearchAreaCatalog.bundled());
    }

    public NormalizedPublication normalize(ScrapedPublication scraped) {
        String title = Text.withoutLabel(Text.clean(scraped.title()), "Title");
        if (title == null) {
            return new NormalizedPublication.Rejected(scraped.url(), "no title on the page");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            return new NormalizedPublication.Rejected(scraped.url(),
                    "title longer than " + MAX_TITLE_LENGTH + " characters: not a publication page");
        }
        String venueAsStated = Text.clean(scraped.venue());
        Optional<StatedDate> date = StatedDate.parse(scraped.date());
        // A year the venue states ("KDD 2021") serves when the page gives no date it can be read by.
        Optional<Integer> year = date.map(StatedDate::year).or(() -> StatedDate.yearIn(venueAsStated))
                .or(() -> scraped.venueMentions().stream().map(StatedDate::yearIn).flatMap(Optional::stream).findFirst());
        if (year.isEmpty()) {
            return new NormalizedPublication.Rejected(scraped.url(), scraped.date() == null
                    ? "no publication date or year on the page"
                    : "publication date not understood: '" + scraped.date() + "'");
        }
        Venue venue = venues.resolve(venueAsStated, scraped.venueMentions()).orElse(null);
        return new NormalizedPublication.Accepted(new Publication(scraped.url(), title,
                PersonNames.clean(scraped.authors()), venue, venueAsStated, year.get(),
                date.map(StatedDate::day).orElse(null), researchAreas(scraped),
                Text.withoutLabel(Text.cleanParagraphs(scraped.abstractText()), "Abstract"), Text.clean(scraped.pdfUrl()),
                Doi.normalize(scraped.doi()).orElse(null), scraped.contentHash(), scraped.fetchedAt(),
                Bibliographic.of(scraped.details())));
    }

    private List<ResearchArea> researchAreas(ScrapedPublication scraped) {
        Set<ResearchArea> found = new LinkedHashSet<>();
        for (ResearchAreaLink tag : scraped.researchAreas()) {
            areas.resolveTag(tag.name(), tag.url()).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            for (String keyword : scraped.keywords()) {
                areas.resolveKeyword(keyword).ifPresent(found::add);
            }
        }
        return new ArrayList<>(found);
    }
}

package org.pubharvest.config.publication;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.ingest.discover.ListingPageParser;
import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.load.publication.PublicationWriter;
import org.pubharvest.transform.publication.PublicationNormalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publications: where the harvest finds them and how it turns their pages into rows. */
@Configuration(proxyBeanMethods = false)
public class PublicationConfiguration {

    @Bean
    PublicationListings publicationListings(SiteProfile profile, ListingPageParser publicationListingParser,
                                            PubharvestProperties properties) {
        return new PublicationListings(profile.publicationListing().startUrl(), publicationListingParser,
                properties.harvest().recentListingPages());
    }

    @Bean
    PublicationPages publicationPages(PublicationExtractor extractor, PublicationNormalizer normalizer,
                                      PublicationWriter writer) {
        return new PublicationPages(extractor, normalizer, writer);
    }
}

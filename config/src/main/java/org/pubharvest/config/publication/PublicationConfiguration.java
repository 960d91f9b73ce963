package org.pubharvest.config.publication;

import java.util.List;

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

    /** Every site profile's own extractor, Amazon Science's included, so a site added as YAML reads with its selectors. */
    @Bean
    PublicationPages publicationPages(List<SiteProfile> profiles, PublicationExtractor extractor,
                                      PublicationNormalizer normalizer, PublicationWriter writer) {
        return new PublicationPages(new PublicationExtractors(profiles, extractor), normalizer, writer);
    }
}

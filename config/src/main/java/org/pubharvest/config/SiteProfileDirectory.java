package org.pubharvest.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.pubharvest.config.publication.PublicationListings;
import org.pubharvest.ingest.discover.ListingPageParser;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Sites added as YAML, with no Java: every {@code *.yaml} in {@code pubharvest.site-profiles-directory}
 * becomes a site profile (its hosts may then be fetched, its pages read with its selectors) and,
 * when it has a publication listing, a discovery source named {@code publications-<profile>}.
 */
class SiteProfileDirectory implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    static final String DIRECTORY_PROPERTY = "pubharvest.site-profiles-directory";
    private static final String RECENT_PAGES_PROPERTY = "pubharvest.harvest.recent-listing-pages";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        String directory = environment.getProperty(DIRECTORY_PROPERTY);
        if (directory == null || directory.isBlank()) {
            return;
        }
        int recentPages = environment.getProperty(RECENT_PAGES_PROPERTY, Integer.class, 3);
        for (SiteProfile profile : read(Path.of(directory))) {
            registry.registerBeanDefinition("siteProfile-" + profile.name(),
                    new RootBeanDefinition(SiteProfile.class, () -> profile));
            if (profile.publicationListing() != null) {
                registry.registerBeanDefinition("publicationListings-" + profile.name(),
                        new RootBeanDefinition(PublicationListings.class, () -> new PublicationListings(
                                PublicationListings.NAME + "-" + profile.name(), profile.publicationListing().startUrl(),
                                profile.publicationListing().yearFilterOption() != null,
                                new ListingPageParser(profile.publicationListing()), recentPages)));
            }
        }
    }

    private static List<SiteProfile> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException(DIRECTORY_PROPERTY + " is not a directory: " + directory.toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(SiteProfileDirectory::readOne).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static SiteProfile readOne(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SiteProfiles.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read site profile " + file, e);
        }
    }
}

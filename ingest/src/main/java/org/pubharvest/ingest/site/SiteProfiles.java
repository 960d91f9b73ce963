package org.pubharvest.ingest.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads site profiles from YAML. */
public final class SiteProfiles {

    /** The profile for Amazon Science shipped with the application. */
    public static final String AMAZON_SCIENCE = "site-profiles/amazon-science.yaml";

    /** The profile for amazon.jobs (job detail pages) shipped with the application. */
    public static final String AMAZON_JOBS = "site-profiles/amazon-jobs.yaml";

    /** arXiv abstract pages ({@code arxiv.org/abs/<id>}), which carry citation_* tags. */
    public static final String ARXIV = "site-profiles/arxiv.yaml";

    /** Any other page: standard metadata only, plus the page's first heading as a last resort. */
    public static final String GENERIC = "site-profiles/generic.yaml";

    /** The profiles whose pages {@code extract} can read as publications, tried by host. */
    private static final List<String> PUBLICATION_SITES = List.of(AMAZON_SCIENCE, ARXIV);

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("profile-patterns").addDeserializer(Pattern.class, new ProfilePatternDeserializer()))
            .build();

    private SiteProfiles() {
    }

    public static SiteProfile amazonScience() {
        return fromClasspath(AMAZON_SCIENCE);
    }

    public static SiteProfile amazonJobs() {
        return fromClasspath(AMAZON_JOBS);
    }

    /**
     * The profile for a page's url: the bundled profile whose hosts include the url's host, else
     * the generic one.
     */
    public static SiteProfile forUrl(String url) {
        for (String resource : PUBLICATION_SITES) {
            SiteProfile profile = fromClasspath(resource);
            if (profile.isOnSite(url)) {
                return profile;
            }
        }
        return fromClasspath(GENERIC);
    }

    public static SiteProfile fromClasspath(String resource) {
        try (InputStream in = SiteProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no site profile on the classpath at " + resource);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read site profile " + resource, e);
        }
    }

    public static SiteProfile read(InputStream yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        try {
            return YAML.readValue(yaml, SiteProfile.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("site profile " + sourceName + " is not valid: " + explanation(e), e);
        }
    }

    /** Our own check's message (it names the field) if one is in the chain, else the deepest cause's. */
    private static String explanation(Throwable e) {
        Throwable cause = e;
        Throwable deepest = e;
        while (cause != null) {
            if (cause instanceof IllegalArgumentException) {
                return cause.getMessage();
            }
            deepest = cause;
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return deepest.getMessage();
    }
}

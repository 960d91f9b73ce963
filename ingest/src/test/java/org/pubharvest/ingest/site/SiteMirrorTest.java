package org.pubharvest.ingest.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteMirrorTest {

    private static final String SITE = "https://www.amazon.science";
    private static final String MIRROR = "http://127.0.0.1:8089/www.amazon.science";

    private final SiteMirror mirror = new SiteMirror(Map.of(SITE, MIRROR));

    @Test
    void canonicalUrlIsFetchedFromTheMirror() {
        assertThat(mirror.toFetchUri(SITE + "/publications/a-map-of-bandits-for-e-commerce"))
                .isEqualTo(URI.create(MIRROR + "/publications/a-map-of-bandits-for-e-commerce"));
    }

    @Test
    void mirrorUrlMapsBackToTheCanonicalUrl() {
        assertThat(mirror.toCanonicalUrl(URI.create(MIRROR + "/publications/a-map-of-bandits-for-e-commerce")))
                .isEqualTo(SITE + "/publications/a-map-of-bandits-for-e-commerce");
    }

    @Test
    void queryStringsAreKeptBothWays() {
        String canonical = SITE + "/publications?f1=0000017b-3b6c-d5f6-a3ff-3ffe69a60000&p=2";
        URI fetch = URI.create(MIRROR + "/publications?f1=0000017b-3b6c-d5f6-a3ff-3ffe69a60000&p=2");

        assertThat(mirror.toFetchUri(canonical)).isEqualTo(fetch);
        assertThat(mirror.toCanonicalUrl(fetch)).isEqualTo(canonical);
    }

    @Test
    void siteRootMapsBothWays() {
        assertThat(mirror.toFetchUri(SITE)).isEqualTo(URI.create(MIRROR));
        assertThat(mirror.toFetchUri(SITE + "/")).isEqualTo(URI.create(MIRROR + "/"));
        assertThat(mirror.toCanonicalUrl(URI.create(MIRROR + "/"))).isEqualTo(SITE + "/");
    }

    @Test
    void trailingSlashesInTheTableDoNotDoubleUp() {
        SiteMirror withSlashes = new SiteMirror(Map.of(SITE + "/", MIRROR + "/"));

        assertThat(withSlashes.toFetchUri(SITE + "/publications"))
                .isEqualTo(URI.create(MIRROR + "/publications"));
        assertThat(withSlashes.toCanonicalUrl(URI.create(MIRROR + "/publications")))
                .isEqualTo(SITE + "/publications");
    }

    @Test
    void canonicalUrlAnsweredByTheServerStaysCanonical() {
        assertThat(mirror.toCanonicalUrl(URI.create(SITE + "/publications/moved")))
                .isEqualTo(SITE + "/publications/moved");
    }

    @Test
    void foreignUrlHasNoCanonicalForm() {
        assertThat(mirror.toCanonicalUrl(URI.create("https://evil.example.org/publications/x"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.amazon.science",
            "https://www.amazon.science/",
            "https://www.amazon.science/publications",
            "https://www.amazon.science?p=2",
            "https://www.amazon.science#top"})
    void urlsUnderTheSiteAreAllowed(String url) {
        assertThat(mirror.isAllowed(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.amazon.science.evil.org/publications/x",
            "https://www.amazon.sciences/publications/x",
            "https://www.amazon.science@evil.org/publications/x",
            "https://www.amazon.science:8443/publications/x",
            "http://www.amazon.science/publications/x",
            "https://amazon.science/publications/x",
            "https://example.org/"})
    void lookAlikeAndForeignUrlsAreNotAllowed(String url) {
        assertThat(mirror.isAllowed(url)).isFalse();
    }

    @Test
    void prefixTrapIsAvoidedForShortBases() {
        SiteMirror shortBase = new SiteMirror(Map.of("https://a.com", "http://127.0.0.1:9000"));

        assertThat(shortBase.isAllowed("https://a.com/page")).isTrue();
        assertThat(shortBase.isAllowed("https://a.com.evil.org/page")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> shortBase.toFetchUri("https://a.com.evil.org/page"))
                .withMessageContaining("https://a.com.evil.org/page");
        assertThat(shortBase.toCanonicalUrl(URI.create("http://127.0.0.1:90001/page"))).isNull();
    }

    @Test
    void severalSitesEachMapToTheirOwnMirror() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put(SITE, MIRROR);
        table.put("https://assets.amazon.science", "http://127.0.0.1:8089/assets.amazon.science");
        SiteMirror twoSites = new SiteMirror(table);

        assertThat(twoSites.toFetchUri("https://assets.amazon.science/paper.pdf"))
                .isEqualTo(URI.create("http://127.0.0.1:8089/assets.amazon.science/paper.pdf"));
        assertThat(twoSites.toCanonicalUrl(URI.create("http://127.0.0.1:8089/assets.amazon.science/paper.pdf")))
                .isEqualTo("https://assets.amazon.science/paper.pdf");
        assertThat(twoSites.toCanonicalUrl(URI.create(MIRROR + "/publications")))
                .isEqualTo(SITE + "/publications");
    }

    @Test
    void urlOffTheSiteCannotBeFetched() {
        assertThatIllegalArgumentException().isThrownBy(() -> mirror.toFetchUri("https://example.org/x"))
                .withMessageContaining("https://example.org/x");
    }
}

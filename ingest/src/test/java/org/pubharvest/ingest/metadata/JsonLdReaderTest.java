package org.pubharvest.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    private static final String BASE_URI = "https://www.amazon.science/publications/a-map-of-bandits-for-e-commerce";

    private final JsonLdReader reader = new JsonLdReader();

    @Test
    void scholarlyArticleWithPersonAuthors() {
        PartialPublication article = readArticle(block("""
                {
                  "@context": "https://schema.org",
                  "@type": "ScholarlyArticle",
                  "headline": "A map of bandits for e-commerce",
                  "author": [
                    {"@type": "Person", "name": "Yi Liu"},
                    {"@type": "Person", "name": "Lihong Li"}
                  ],
                  "isPartOf": {"@type": "PublicationEvent", "name": "KDD 2021"},
                  "datePublished": "2021-08-14",
                  "abstract": "Bandits in e-commerce.",
                  "keywords": "bandits, recommendation"
                }
                """));

        assertThat(article.source()).isEqualTo(MetadataSource.JSON_LD);
        assertThat(article.title()).isEqualTo("A map of bandits for e-commerce");
        assertThat(article.authors()).containsExactly("Yi Liu", "Lihong Li");
        assertThat(article.venue()).isEqualTo("KDD 2021");
        assertThat(article.date()).isEqualTo("2021-08-14");
        assertThat(article.abstractText()).isEqualTo("Bandits in e-commerce.");
        assertThat(article.keywords()).containsExactly("bandits", "recommendation");
    }

    @Test
    void articleInsideAGraphArrayIsFound() {
        String html = block("""
                {
                  "@context": "https://schema.org",
                  "@graph": [
                    {"@type": "WebSite", "name": "Amazon Science"},
                    {"@type": "BreadcrumbList", "name": "Publications"},
                    {"@type": "ScholarlyArticle", "headline": "From the graph", "author": "George Forman"}
                  ]
                }
                """);

        assertThat(reader.objects(parse(html)).objects()).hasSize(3);
        PartialPublication article = readArticle(html);
        assertThat(article.title()).isEqualTo("From the graph");
        assertThat(article.authors()).containsExactly("George Forman");
    }

    @Test
    void firstArticleOfSeveralBlocksWins() {
        PartialPublication article = readArticle(
                block("{\"@type\": \"Organization\", \"name\": \"Amazon Science\"}")
                + block("{\"@type\": [\"CreativeWork\", \"ScholarlyArticle\"], \"headline\": \"First article\"}")
                + block("{\"@type\": \"Article\", \"headline\": \"Second article\"}"));

        assertThat(article.title()).isEqualTo("First article");
    }

    @Test
    void blockWithTrailingCommaAndLineCommentIsStillRead() {
        JsonLdObjects objects = reader.objects(parse(block("""
                {
                  // written by a template
                  "@type": "ScholarlyArticle",
                  "headline": "Lenient JSON",
                  "author": ["Yi Liu", "Lihong Li",],
                }
                """)));

        assertThat(objects.problems()).isEmpty();
        PartialPublication article = reader.readArticle(objects);
        assertThat(article.title()).isEqualTo("Lenient JSON");
        assertThat(article.authors()).containsExactly("Yi Liu", "Lihong Li");
    }

    @Test
    void cdataWrappedBlockIsRead() {
        PartialPublication article = readArticle(block("""
                //<![CDATA[
                {"@type": "ScholarlyArticle", "headline": "Wrapped in CDATA"}
                //]]>
                """));

        assertThat(article.title()).isEqualTo("Wrapped in CDATA");
    }

    @Test
    void unreadableBlockIsReportedWhileOtherBlocksAreRead() {
        JsonLdObjects objects = reader.objects(parse(
                block("{\"@type\": \"Organization\", \"name\": \"Amazon\" \"url\": }")
                + block("{\"@type\": \"ScholarlyArticle\", \"headline\": \"Still read\"}")));

        assertThat(objects.problems()).singleElement().asString().startsWith("unreadable JSON-LD block");
        assertThat(reader.readArticle(objects).title()).isEqualTo("Still read");
    }

    @Test
    void emptyBlockIsNeitherAnObjectNorAProblem() {
        JsonLdObjects objects = reader.objects(parse(block("   ")));

        assertThat(objects.objects()).isEmpty();
        assertThat(objects.problems()).isEmpty();
    }

    @Test
    void doiFromADoiOrgLinkInSameAs() {
        PartialPublication article = readArticle(block("""
                {"@type": "ScholarlyArticle", "headline": "x",
                 "sameAs": ["https://arxiv.org/abs/2110.12345", "https://doi.org/10.1145/3477132.3483540"]}
                """));

        assertThat(article.doi()).isEqualTo("https://doi.org/10.1145/3477132.3483540");
    }

    @Test
    void doiFromAnIdentifierPropertyValue() {
        PartialPublication article = readArticle(block("""
                {"@type": "ScholarlyArticle", "headline": "x",
                 "identifier": [
                   {"@type": "PropertyValue", "propertyID": "ISBN", "value": "978-1-4503-8709-5"},
                   {"@type": "PropertyValue", "propertyID": "DOI", "value": "10.1145/3459637.3481952"}
                 ]}
                """));

        assertThat(article.doi()).isEqualTo("10.1145/3459637.3481952");
    }

    @Test
    void noDoiWhenNoneIsGiven() {
        PartialPublication article = readArticle(block("""
                {"@type": "ScholarlyArticle", "headline": "x", "sameAs": "https://arxiv.org/abs/2110.12345"}
                """));

        assertThat(article.doi()).isNull();
    }

    @Test
    void pdfFromEncodingContentUrl() {
        PartialPublication article = readArticle(block("""
                {"@type": "ScholarlyArticle", "headline": "x",
                 "url": "https://www.amazon.science/publications/x",
                 "encoding": [
                   {"@type": "MediaObject", "contentUrl": "https://assets.amazon.science/slides.pptx"},
                   {"@type": "MediaObject", "contentUrl": "https://assets.amazon.science/paper.pdf"}
                 ]}
                """));

        assertThat(article.pdfUrl()).isEqualTo("https://assets.amazon.science/paper.pdf");
    }

    @Test
    void pdfFromEncodingFormatWithoutPdfSuffix() {
        PartialPublication article = readArticle(block("""
                {"@type": "ScholarlyArticle", "headline": "x",
                 "encoding": {"@type": "MediaObject", "encodingFormat": "application/pdf",
                              "contentUrl": "https://assets.amazon.science/download?id=42"}}
                """));

        assertThat(article.pdfUrl()).isEqualTo("https://assets.amazon.science/download?id=42");
    }

    @Test
    void htmlEntitiesInValuesAreDecoded() {
        PartialPublication article = readArticle(block("""
                {"@type": "ScholarlyArticle",
                 "headline": "Don&#8217;t trust the tail: Robust pricing &amp; inventory",
                 "author": [{"@type": "Person", "name": "C&eacute;line Dubois"}],
                 "abstract": "Heavy tails &mdash; everywhere"}
                """));

        assertThat(article.title()).isEqualTo("Don’t trust the tail: Robust pricing & inventory");
        assertThat(article.authors()).containsExactly("Céline Dubois");
        assertThat(article.abstractText()).isEqualTo("Heavy tails — everywhere");
    }

    @Test
    void pageWithoutAnArticleGivesNothing() {
        PartialPublication article = readArticle(block("{\"@type\": \"WebPage\", \"name\": \"Publications\"}"));

        assertThat(article.source()).isEqualTo(MetadataSource.JSON_LD);
        assertThat(article.isEmpty()).isTrue();
    }

    private PartialPublication readArticle(String scripts) {
        return reader.readArticle(reader.objects(parse(scripts)));
    }

    private static Document parse(String scripts) {
        return Jsoup.parse("<!DOCTYPE html><html><head>" + scripts + "</head><body></body></html>", BASE_URI);
    }

    private static String block(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>\n";
    }
}

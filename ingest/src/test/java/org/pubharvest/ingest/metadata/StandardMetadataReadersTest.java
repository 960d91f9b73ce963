package org.pubharvest.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The standard-metadata readers beyond citation_*, JSON-LD and Dublin Core's basics, each on its own form. */
class StandardMetadataReadersTest {

    private static final String URL = "https://journal.example.org/article/42";

    @Test
    void metaFieldsAreReadWhateverAttributeNamesThemAndWhateverTheirCase() {
        Document page = page("""
                <meta property="citation_doi" content="10.1234/abc">
                <meta NAME="Citation_Title" content="Upper-case name">
                <meta itemprop="datePublished" content="2021-04-09">
                <meta name="citation_author" value="Ada Lovelace">
                """, "");

        assertThat(MetaTags.first(page, "citation_doi")).isEqualTo("10.1234/abc");
        assertThat(MetaTags.first(page, "citation_title")).isEqualTo("Upper-case name");
        assertThat(MetaTags.first(page, "datepublished")).isEqualTo("2021-04-09");
        assertThat(MetaTags.first(page, "citation_author")).isEqualTo("Ada Lovelace");
    }

    @Test
    void anItempropInsideAnItemIsThatItemsNotThePages() {
        Document page = page("", """
                <div itemscope itemtype="https://schema.org/ScholarlyArticle"><meta itemprop="datePublished" content="2019-01-01"></div>""");

        assertThat(MetaTags.first(page, "datepublished")).isNull();
    }

    @Test
    void bepressTagsAreHighwireBehindAnotherPrefix() {
        PartialPublication bepress = CitationTagReader.bepress().read(page("""
                <meta name="bepress_citation_title" content="Rural clinics">
                <meta name="bepress_citation_author" content="Okafor, Chidi">
                <meta name="bepress_citation_date" content="2021">
                <meta name="bepress_citation_online_date" content="2021/6/14">
                <meta name="bepress_citation_journal_title" content="Journal of Rural Health">
                """, ""));

        assertThat(bepress.source()).isEqualTo(MetadataSource.BEPRESS);
        assertThat(bepress.title()).isEqualTo("Rural clinics");
        assertThat(bepress.venue()).isEqualTo("Journal of Rural Health");
        assertThat(bepress.date()).isEqualTo("2021");
        assertThat(bepress.dateCandidates()).extracting(candidate -> candidate[1]).containsExactly("2021", "2021/6/14");
        assertThat(new CitationTagReader().read(page("""
                <meta name="bepress_citation_title" content="Rural clinics">""", "")).isEmpty()).isTrue();
    }

    @Test
    void eprintsTagsGiveCreatorsVenueDoiAndTheFirstPdfDocument() {
        PartialPublication eprints = new EprintsReader().read(page("""
                <meta name="eprints.title" content="Peat carbon">
                <meta name="eprints.creators_name" content="Smith, Jane">
                <meta name="eprints.creators_name" content="Brown, Tom">
                <meta name="eprints.publication" content="Geoderma">
                <meta name="eprints.date" content="2020-05">
                <meta name="eprints.id_number" content="doi:10.1016/j.geoderma.2020.114">
                <meta name="eprints.document_url" content="https://eprints.example.ac.uk/1/cover.png">
                <meta name="eprints.document_url" content="https://eprints.example.ac.uk/1/paper.pdf">
                <meta name="eprints.pagerange" content="114-130">
                """, ""));

        assertThat(eprints.authors()).containsExactly("Smith, Jane", "Brown, Tom");
        assertThat(eprints.venue()).isEqualTo("Geoderma");
        assertThat(eprints.doi()).isEqualTo("doi:10.1016/j.geoderma.2020.114");
        assertThat(eprints.pdfUrl()).isEqualTo("https://eprints.example.ac.uk/1/paper.pdf");
        assertThat(eprints.text(PublicationField.FIRST_PAGE)).isEqualTo("114");
    }

    @Test
    void prismTagsGiveTheContainerAndIdentifiersInEitherSpelling() {
        PartialPublication prism = new PrismReader().read(page("""
                <meta name="prism.publicationName" content="ZooKeys">
                <meta name="prism:doi" content="10.3897/zookeys.1.2">
                <meta name="prism.publicationDate" content="2022-02-01">
                <meta name="prism.volume" content="1081">
                """, ""));

        assertThat(prism.venue()).isEqualTo("ZooKeys");
        assertThat(prism.doi()).isEqualTo("10.3897/zookeys.1.2");
        assertThat(prism.date()).isEqualTo("2022-02-01");
        assertThat(prism.text(PublicationField.VOLUME)).isEqualTo("1081");
    }

    @Test
    void dublinCoreContributorsAreAuthorsOnlyWhereNoCreatorIsNamed() {
        PartialPublication contributors = new DublinCoreReader().read(page("""
                <meta name="DC.contributor" content="Lindqvist, Maja">
                <meta name="dc.identifier" content="https://repository.example.org/handle/1/2">
                <meta name="dc.identifier" content="info:doi/10.1177/1403494820912345">
                """, ""));
        PartialPublication creators = new DublinCoreReader().read(page("""
                <meta name="DC.creator" content="Creator, Carla">
                <meta name="DC.contributor" content="Editor, Eddie">
                """, ""));

        assertThat(contributors.authors()).containsExactly("Lindqvist, Maja");
        assertThat(contributors.label(PublicationField.AUTHORS)).isEqualTo("dc.contributor");
        assertThat(contributors.doi()).isEqualTo("info:doi/10.1177/1403494820912345");
        assertThat(creators.authors()).containsExactly("Creator, Carla");
    }

    @Test
    void microdataReadsTheArticleItemAndItsNestedItemsButNotASidebarsItems() {
        PartialPublication microdata = new MicrodataReader().read(page("", """
                <article itemscope itemtype="https://schema.org/ScholarlyArticle">
                  <h1 itemprop="name">Tidal marsh carbon</h1>
                  <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana Ruiz</span></span>
                  <span itemprop="isPartOf" itemscope itemtype="https://schema.org/Periodical"><span itemprop="name">Estuaries</span></span>
                  <time itemprop="datePublished" datetime="2020-09-01">September 2020</time>
                  <section itemprop="description"><p>First paragraph.</p><p>Second paragraph.</p></section>
                </article>
                <aside><div itemscope itemtype="https://schema.org/ScholarlyArticle"><span itemprop="name">Other paper</span></div></aside>"""));

        assertThat(microdata.title()).isEqualTo("Tidal marsh carbon");
        assertThat(microdata.authors()).containsExactly("Ana Ruiz");
        assertThat(microdata.venue()).isEqualTo("Estuaries");
        assertThat(microdata.date()).isEqualTo("2020-09-01");
        assertThat(microdata.abstractText()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(microdata.label(PublicationField.ABSTRACT)).isEqualTo("microdata:description");
    }

    @Test
    void rdfaTermsAreMatchedByVocabularyWhateverPrefixThePageDeclares() {
        PartialPublication rdfa = new RdfaReader().read(page("", """
                <div vocab="http://schema.org/" prefix="d: http://purl.org/dc/terms/" typeof="ScholarlyArticle">
                  <h1 property="d:title">Reading marginalia</h1>
                  <span property="d:creator" typeof="Person"><span property="name">Lúcia Ferreira</span></span>
                  <span property="datePublished" content="2019-12-05">5 December 2019</span>
                  <div property="http://purl.org/dc/terms/abstract"><p>Marginal notes.</p></div>
                  <span property="og:title">Not RDFa scholarly terms</span>
                </div>"""));

        assertThat(rdfa.title()).isEqualTo("Reading marginalia");
        assertThat(rdfa.authors()).containsExactly("Lúcia Ferreira");
        assertThat(rdfa.date()).isEqualTo("2019-12-05");
        assertThat(rdfa.abstractText()).isEqualTo("Marginal notes.");
        assertThat(rdfa.label(PublicationField.TITLE)).isEqualTo("rdfa:dcterms:title");
    }

    @Test
    void markupInsideAMetadataValueIsReadAsTheTextItShows() {
        PartialPublication json = new JsonLdReader().readArticle(new JsonLdReader().objects(page("""
                <script type="application/ld+json">{"@type":"ScholarlyArticle","name":"Bees",
                 "description":"<p>Pollinator <i>trends</i>.</p><p>More.</p>"}</script>""", "")));

        assertThat(json.abstractText()).isEqualTo("Pollinator trends.\n\nMore.");
    }

    @Test
    void anArticleThatIsAWebPagesMainEntityIsRead() {
        PartialPublication json = new JsonLdReader().readArticle(new JsonLdReader().objects(page("""
                <script type="application/ld+json">{"@type":"WebPage","name":"Page",
                 "mainEntity":{"@type":"ScholarlyArticle","headline":"Inner article","datePublished":"2022-04-11"}}</script>""",
                "")));

        assertThat(json.title()).isEqualTo("Inner article");
        assertThat(json.date()).isEqualTo("2022-04-11");
    }

    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", URL);
    }
}

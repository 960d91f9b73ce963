package org.pubharvest.ingest.visible;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.metadata.PartialPublication;
import org.pubharvest.ingest.metadata.PublicationField;

/** The visible page's parts found by structure and content, each with a counter-example that must not be taken. */
class VisiblePageReaderTest {

    private final VisiblePageReader reader = new VisiblePageReader(true);

    @Test
    void theTitleIsTheMainHeadingNotTheLogosAndTheTitleElementLosesTheSiteName() {
        PartialPublication headed = read("""
                <title>Sparse adapters | Journal of Examples</title><meta property="og:site_name" content="Journal of Examples">""",
                "<header><h1>Journal of Examples</h1></header><main><h1>Sparse adapters</h1></main>");
        PartialPublication titled = read("<title>Sparse adapters - Journal of Examples</title>"
                + "<meta property=\"og:site_name\" content=\"Journal of Examples\">", "<main><p>text</p></main>");

        assertThat(headed.title()).isEqualTo("Sparse adapters");
        assertThat(headed.label(PublicationField.TITLE)).isEqualTo("heading:h1");
        assertThat(titled.title()).isEqualTo("Sparse adapters");
        assertThat(titled.label(PublicationField.TITLE)).isEqualTo("title-element");
        assertThat(read("<title>Mixture-of-experts - a survey</title>", "").title()).isEqualTo("Mixture-of-experts - a survey");
    }

    @Test
    void authorsComeFromTheBylineAndNotFromRelatedArticles() {
        PartialPublication page = read("", """
                <main><h1>Paper</h1><p class="article-authors"><a href="/people/a">Nadia Haddad</a>,
                <a href="/people/b">Ivan Petrenko</a>, Lucas Ferreira Gomes</p></main>
                <aside class="related"><p class="authors"><a href="/people/c">Someone Else</a></p></aside>""");

        assertThat(page.authors()).containsExactly("Nadia Haddad", "Ivan Petrenko", "Lucas Ferreira Gomes");
    }

    @Test
    void aLineOfNamesUnderTheHeadingIsABylineButASubtitleIsNot() {
        assertThat(read("", "<main><h1>Paper</h1><p>Sara Aikio, Henrik Lund Mathisen and Outi Kaarlejärvi</p></main>")
                .authors()).containsExactly("Sara Aikio", "Henrik Lund Mathisen", "Outi Kaarlejärvi");
        assertThat(read("", "<main><h1>Paper</h1><p>A Survey</p></main>").authors()).isEmpty();
    }

    @Test
    void theDoiIsTheLabelledOneNotAReferencesDoi() {
        PartialPublication page = read("", """
                <main><h1>Paper</h1><p>DOI: 10.5555/own.1</p>
                <section class="references"><a href="https://doi.org/10.9999/other">ref</a></section></main>""");
        PartialPublication referencesOnly = read("", """
                <main><h1>Paper</h1><h2>References</h2><ol><li><a href="https://doi.org/10.9999/other">ref</a></li></ol></main>""");

        assertThat(page.doi()).isEqualTo("10.5555/own.1");
        assertThat(referencesOnly.doi()).isNull();
    }

    @Test
    void thePdfIsTheLinkThatSaysOrPointsToPdfNotTheSupplement() {
        PartialPublication page = read("", """
                <main><h1>Paper</h1><a href="/files/supplement.pdf">Supplementary material (PDF)</a>
                <a class="btn btn-primary" href="/download/123">Download</a></main>""");

        assertThat(page.pdfUrl()).isEqualTo("https://journal.example.org/download/123");
        assertThat(read("", "<main><h1>Paper</h1><a href=\"/about\">About</a></main>").pdfUrl()).isNull();
    }

    @Test
    void theDateIsALabelledDateInAnyOfTheFormsLabelsTake() {
        assertThat(read("", "<main><h1>P</h1><p>Received: 3 January 2022. Published: 12 March 2022</p></main>").date())
                .isEqualTo("12 March 2022");
        assertThat(read("", "<main><h1>P</h1><dl><dt>Publication date</dt><dd>August 14, 2021</dd></dl></main>").date())
                .isEqualTo("August 14, 2021");
        assertThat(read("", "<main><h1>P</h1><p>Revised in 2021 after review.</p></main>").date()).isNull();
    }

    @Test
    void theAbstractIsTheAbstractSectionWithoutItsHeading() {
        assertThat(read("", "<main><h1>P</h1><section class=\"abstract\"><h2>Abstract</h2><p>We study X.</p></section></main>")
                .abstractText()).isEqualTo("We study X.");
        assertThat(read("", "<main><h1>P</h1><div>Abstract</div><div>We study Y.</div><h2>Intro</h2><p>No.</p></main>")
                .abstractText()).isEqualTo("We study Y.");
        assertThat(read("", "<main><h1>P</h1><p>Just text.</p></main>").abstractText()).isNull();
        String paragraph = "Seasonality is an important dimension for relevance in e-commerce search, and we model it.";
        assertThat(read("<meta property=\"og:description\" content=\"" + paragraph.substring(0, 70) + "…\">",
                "<main><h1>P</h1><div>Intro.</div><div>" + paragraph + "</div></main>").abstractText()).isEqualTo(paragraph);
        assertThat(read("<meta name=\"description\" content=\"Amazon Science is where our scientists share their "
                + "research with the world at large.\">", "<main><h1>P</h1><div>" + paragraph + "</div></main>")
                .abstractText()).isNull();
    }

    @Test
    void theVenueIsTheOneThePageNamesAndOnlyThenTheSitesOwnName() {
        PartialPublication named = read("<meta property=\"og:site_name\" content=\"Example Lab\">", """
                <main><h1>P</h1><span class="venue-badge">ICWSM 2024</span>
                <p class="pub-venue"><em>Proceedings of the International AAAI Conference on Web and Social Media</em>, 2024</p></main>""");
        PartialPublication journalSite = read("<meta property=\"og:site_name\" content=\"First Monday\">", "<main><h1>P</h1></main>");
        PartialPublication repository = read("<meta property=\"og:site_name\" content=\"University Repository\">",
                "<main><h1>P</h1></main>");

        assertThat(named.venue()).isEqualTo("Proceedings of the International AAAI Conference on Web and Social Media");
        assertThat(named.venueHints()).contains("ICWSM 2024");
        assertThat(journalSite.venue()).isEqualTo("First Monday");
        assertThat(repository.venue()).isNull();
        assertThat(new VisiblePageReader(false).read(Jsoup.parse("<html><head><meta property=\"og:site_name\" "
                + "content=\"First Monday\"></head><body><main><h1>P</h1></main></body></html>")).venue()).isNull();
    }

    @Test
    void researchAreaTagsAreThePagesNotTheMenusListOfEveryArea() {
        StringBuilder menu = new StringBuilder("<div class=\"dropdown\"><ul>");
        for (String area : new String[] {"a", "b", "c", "d", "e", "f", "g"}) {
            menu.append("<li><a href=\"/research-areas/").append(area).append("\">").append(area).append("</a></li>");
        }
        PartialPublication page = read("", menu + "</ul></div><main><h1>P</h1><div><a href=\"/research-areas/robotics\">"
                + "Robotics</a></div></main>");

        assertThat(page.researchAreas()).extracting(area -> area.name()).containsExactly("Robotics");
    }

    private PartialPublication read(String head, String body) {
        return reader.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://journal.example.org/article/1"));
    }
}

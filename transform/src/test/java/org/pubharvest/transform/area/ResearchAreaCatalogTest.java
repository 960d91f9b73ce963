package org.pubharvest.transform.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResearchAreaCatalogTest {

    private static final ResearchArea MACHINE_LEARNING = new ResearchArea("machine-learning", "Machine learning");
    private static final ResearchArea CONVERSATIONAL_AI =
            new ResearchArea("conversational-ai-natural-language-processing", "Conversational AI");

    private final ResearchAreaCatalog catalog = ResearchAreaCatalog.bundled();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://www.amazon.science/research-areas/machine-learning",
            "https://www.amazon.science/research-areas/machine-learning/",
            "https://www.amazon.science/research-areas/machine-learning?utm_source=feed#top",
            "/research-areas/machine-learning",
            "  /research-areas/machine-learning  "})
    void aTagIsResolvedByTheSlugInItsLink(String url) {
        assertThat(catalog.resolveTag("ML stuff", url)).contains(MACHINE_LEARNING);
    }

    @Test
    void theLinkDecidesEvenWhenTheNameNamesAnotherArea() {
        assertThat(catalog.resolveTag("Robotics", "/research-areas/machine-learning")).contains(MACHINE_LEARNING);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Conversational AI", "conversational ai", "  Conversational\u00A0AI ",
            "Natural language processing", "NLP", "Conversational AI / NLP"})
    void aTagWithoutALinkIsResolvedByItsName(String name) {
        assertThat(catalog.resolveTag(name, null)).contains(CONVERSATIONAL_AI);
    }

    @Test
    void aTagWhoseLinkHasNoSlugIsResolvedByItsName() {
        assertThat(catalog.resolveTag("Machine learning", "https://www.amazon.science/")).contains(MACHINE_LEARNING);
        assertThat(catalog.resolveTag("Machine learning", "  ")).contains(MACHINE_LEARNING);
    }

    @Test
    void aTagWithAnUnreadableLinkIsResolvedByItsName() {
        assertThat(catalog.resolveTag("Machine learning", "https://exa mple.com/{bad}")).contains(MACHINE_LEARNING);
    }

    @Test
    void anUnknownSlugKeepsItsOwnSlugAndName() {
        assertThat(catalog.resolveTag("  Human-computer   interaction ", "/research-areas/human-computer-interaction"))
                .contains(new ResearchArea("human-computer-interaction", "Human-computer interaction"));
    }

    @Test
    void anUnknownSlugWithoutANameIsNamedAfterItsSlug() {
        assertThat(catalog.resolveTag(null, "/research-areas/human-computer-interaction"))
                .contains(new ResearchArea("human-computer-interaction", "human-computer-interaction"));
    }

    @Test
    void anUnknownNameWithoutALinkGetsASlugMadeFromTheName() {
        assertThat(catalog.resolveTag("Human–Computer Interaction", null))
                .contains(new ResearchArea("human-computer-interaction", "Human–Computer Interaction"));
    }

    @Test
    void aTagWithNeitherNameNorLinkIsNothing() {
        assertThat(catalog.resolveTag(null, null)).isEmpty();
        assertThat(catalog.resolveTag(" \u00A0", "")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Machine learning         | machine-learning
            ML                       | machine-learning
            machine-learning         | machine-learning
            Formal verification      | automated-reasoning
            Computer Vision          | computer-vision
            Quantum computing        | quantum-technologies
            Security                 | security-privacy-and-abuse-prevention
            Information retrieval    | search-and-information-retrieval
            """)
    void aKeywordNamingAKnownAreaResolvesToIt(String keyword, String slug) {
        assertThat(catalog.resolveKeyword(keyword)).get().extracting(ResearchArea::slug).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"transformers", "deep learning", "Human-computer interaction", "", " "})
    void aKeywordNamingNoKnownAreaIsNothing(String keyword) {
        assertThat(catalog.resolveKeyword(keyword)).isEmpty();
    }

    @Test
    void noKeywordIsNothing() {
        assertThat(catalog.resolveKeyword(null)).isEmpty();
    }

    @Test
    void aKnownAreaKeepsTheCatalogsDisplayName() {
        assertThat(catalog.resolveTag("security", null)).get().extracting(ResearchArea::name)
                .isEqualTo("Security, privacy, and abuse prevention");
    }
}

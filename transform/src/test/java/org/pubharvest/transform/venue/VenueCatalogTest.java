package org.pubharvest.transform.venue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VenueCatalogTest {

    private final VenueCatalog catalog = VenueCatalog.bundled();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SOSP 2021                                                                      | sosp
            SOSP '21: ACM SIGOPS 28th Symposium on Operating Systems Principles           | sosp
            Proceedings of the ACM SIGOPS 27th Symposium on Operating Systems Principles   | sosp
            At the ACM Symposium on Operating Systems Principles                          | sosp
            ECML-PKDD 2021                                                                 | ecmlpkdd
            ECML PKDD 2020                                                                 | ecmlpkdd
            European Conference on Machine Learning                                        | ecmlpkdd
            NeurIPS 2020                                                                   | neurips
            Conference on Neural Information Processing Systems (NeurIPS)                  | neurips
            Transactions of the ACL                                                        | tacl
            Transactions of the Association for Computational Linguistics                  | tacl
            ACL 2021                                                                       | acl
            NAACL 2021                                                                     | naacl
            EACL 2023                                                                      | eacl
            KDD 2021 Workshop on Multi-Armed Bandits and Reinforcement Learning            | kdd
            Proceedings of Machine Learning and Systems 3 (MLSys 2021)                     | mlsys
            """)
    void knownVenuesMeetWhateverTheSpelling(String stated, String key) {
        assertThat(catalog.resolve(stated)).get().extracting(Venue::key).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            FOOCONF 2022                                                                       | fooconf | FOOCONF | FOOCONF
            Proceedings of the 12th Workshop on Graph Things (GraphT 2021)                     | grapht  | GraphT  | Workshop on Graph Things
            GraphT '22: The Thirteenth Workshop on Graph Things                                | grapht  | GraphT  | Workshop on Graph Things
            Journal of Imaginary Results                                                       | journal-of-imaginary-results | | Journal of Imaginary Results
            """)
    void unknownVenuesGetAKeyThatTheirSpellingsShare(String stated, String key, String acronym, String name) {
        Venue venue = catalog.resolve(stated).orElseThrow();
        assertThat(venue.key()).isEqualTo(key);
        assertThat(venue.acronym()).isEqualTo(acronym);
        assertThat(venue.name()).isEqualTo(name);
    }

    @Test
    void nothingStatedIsNoVenue() {
        assertThat(catalog.resolve("  ")).isEmpty();
        assertThat(catalog.resolve(null)).isEmpty();
    }

    /** Each boilerplate rule with the counter-example it must leave alone. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            First Monday                                                                   | First Monday
            Proceedings of the First Workshop on Graph Things                              | Workshop on Graph Things
            Twentieth Century British History                                              | Twentieth Century British History
            The 5th Workshop on Graph Things                                               | Workshop on Graph Things
            Proceedings of the National Academy of Sciences                                | Proceedings of the National Academy of Sciences
            Proceedings of the IEEE                                                        | Proceedings of the IEEE
            Proceedings of the 3rd Symposium on Tiny Things                                | Symposium on Tiny Things
            The Lancet                                                                     | The Lancet
            Proceedings of the 2nd Workshop on Graph Things (Volume 1: Long Papers)        | Workshop on Graph Things
            Journal of Things, Volume 12                                                   | Journal of Things
            ZooKeys                                                                        | ZooKeys
            """)
    void boilerplateGoesAndEveryWordOfTheNameStays(String stated, String name) {
        assertThat(catalog.resolve(stated)).get().extracting(Venue::name).isEqualTo(name);
    }

    @Test
    void aCamelCaseJournalNameIsNoAcronymButCapitalsAre() {
        assertThat(catalog.resolve("ZooKeys").orElseThrow().acronym()).isNull();
        assertThat(catalog.resolve("PeerJ").orElseThrow().acronym()).isNull();
        assertThat(catalog.resolve("FOOCONF 2022").orElseThrow().acronym()).isEqualTo("FOOCONF");
    }

    @Test
    void anAcronymInsideALongerNameIsThatNamesWordNotACatalogVenue() {
        Venue icwsm = catalog.resolve("Proceedings of the Eighteenth International AAAI Conference on Web and Social Media")
                .orElseThrow();
        assertThat(icwsm.key()).isNotEqualTo("aaai");
        assertThat(icwsm.name()).isEqualTo("International AAAI Conference on Web and Social Media");
        assertThat(catalog.resolve("AAAI 2022").orElseThrow().key()).isEqualTo("aaai");
        assertThat(catalog.resolve("Thirty-Sixth Conference (AAAI 2022)").orElseThrow().key()).isEqualTo("aaai");
    }

    @Test
    void anUnknownVenueTakesTheAcronymThePageShows() {
        String fullName = "Proceedings of the Eighteenth International AAAI Conference on Web and Social Media";
        Venue shown = catalog.resolve(fullName, java.util.List.of("ICWSM 2024")).orElseThrow();
        assertThat(shown.acronym()).isEqualTo("ICWSM");
        assertThat(shown.key()).isEqualTo("icwsm");
        assertThat(catalog.resolve(fullName, java.util.List.of()).orElseThrow().acronym()).isNull();

        assertThat(catalog.resolve("Digital Humanities Quarterly", java.util.List.of("DHQ")).orElseThrow().acronym())
                .isEqualTo("DHQ");
        assertThat(catalog.resolve("Digital Humanities Quarterly", java.util.List.of("ACM")).orElseThrow().acronym())
                .isNull();
        assertThat(catalog.resolve("Workshop on Causal Operations", java.util.List.of("caoh-2023")).orElseThrow()
                .acronym()).isEqualTo("CAOH");
    }

    @Test
    void aMentionTheCatalogKnowsWinsOverAnUnknownSpellingOfTheFullName() {
        assertThat(catalog.resolve("Proc. Empirical Methods in NLP", java.util.List.of("EMNLP 2023")).orElseThrow().key())
                .isEqualTo("emnlp");
    }
}

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
}

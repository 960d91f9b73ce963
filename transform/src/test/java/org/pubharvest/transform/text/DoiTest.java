package org.pubharvest.transform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoiTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10.1145/3477132.3483540                         | 10.1145/3477132.3483540
            '  10.1145/3477132.3483540  '                   | 10.1145/3477132.3483540
            doi:10.1145/3477132.3483540                     | 10.1145/3477132.3483540
            DOI: 10.1145/3477132.3483540                    | 10.1145/3477132.3483540
            https://doi.org/10.1145/3477132.3483540         | 10.1145/3477132.3483540
            http://dx.doi.org/10.18653/v1/2021.acl-long.1   | 10.18653/v1/2021.acl-long.1
            """)
    void theBareDoiIsTakenFromEveryStatedForm(String stated, String bare) {
        assertThat(Doi.normalize(stated)).contains(bare);
    }

    @Test
    void doisAreLowerCased() {
        assertThat(Doi.normalize("https://doi.org/10.1145/ABC")).contains("10.1145/abc");
        assertThat(Doi.normalize("10.1007/978-3-030-81685-8_ABC")).contains("10.1007/978-3-030-81685-8_abc");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"10.1145/3477132.3483540.", "10.1145/3477132.3483540,", "10.1145/3477132.3483540;",
            "doi:10.1145/3477132.3483540.;"})
    void trailingPunctuationIsNotPartOfTheDoi(String stated) {
        assertThat(Doi.normalize(stated)).contains("10.1145/3477132.3483540");
    }

    @Test
    void aDoiInsideASentenceEndsAtTheFollowingSpace() {
        assertThat(Doi.normalize("Available at doi:10.1145/3477132.3483540. See also the talk."))
                .contains("10.1145/3477132.3483540");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "not a doi", "https://www.amazon.science/publications/foo", "10.1145",
            "10.12/too-short-a-prefix"})
    void textWithoutADoiIsEmpty(String stated) {
        assertThat(Doi.normalize(stated)).isEmpty();
    }

    @Test
    void noDoiStatedIsEmpty() {
        assertThat(Doi.normalize(null)).isEmpty();
    }
}

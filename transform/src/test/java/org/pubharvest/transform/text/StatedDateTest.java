package org.pubharvest.transform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatedDateTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021/10/26           | 2021-10-26
            2021-10-26           | 2021-10-26
            2021.10.26           | 2021-10-26
            2021-10-26T08:00:00Z | 2021-10-26
            2021-3-5             | 2021-03-05
            October 26, 2021     | 2021-10-26
            Oct. 26, 2021        | 2021-10-26
            Oct 26 2021          | 2021-10-26
            Sept. 7, 2021        | 2021-09-07
            26 October 2021      | 2021-10-26
            26 Oct. 2021         | 2021-10-26
            26/10/2021           | 2021-10-26
            10/26/2021           | 2021-10-26
            14.06.2021           | 2021-06-14
            Tuesday, October 26, 2021 | 2021-10-26
            October 26, 2021 08:00 AM | 2021-10-26
            """)
    void fullDatesGiveTheDayAndItsYear(String stated, LocalDate day) {
        assertThat(StatedDate.parse(stated)).contains(new StatedDate(day.getYear(), day));
    }

    @Test
    void runsOfSpacesInsideADateDoNotMatter() {
        assertThat(StatedDate.parse("June  1, 2026")).contains(new StatedDate(2026, LocalDate.of(2026, 6, 1)));
        assertThat(StatedDate.parse("June\u00A01,\u00A02026")).contains(new StatedDate(2026, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void monthNamesAreReadWhateverTheirCase() {
        assertThat(StatedDate.parse("OCTOBER 26, 2021")).contains(new StatedDate(2021, LocalDate.of(2021, 10, 26)));
    }

    @ParameterizedTest(name = "\"{0}\" is only the year {1}")
    @CsvSource(delimiter = '|', textBlock = """
            October 2021 | 2021
            Oct. 2021    | 2021
            2021/10      | 2021
            2021-10      | 2021
            2021         | 2021
            """)
    void datesWithoutADayGiveOnlyTheYear(String stated, int year) {
        assertThat(StatedDate.parse(stated)).contains(new StatedDate(year, null));
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"2021-02-30", "2021-13-01", "Smarch 3, 2021", "3 Smarch 2021", "Smarch 2021",
            "32/10/2021", "13/13/2021", "last Tuesday", "21", "", "   "})
    void unreadableOrImpossibleDatesAreEmpty(String stated) {
        assertThat(StatedDate.parse(stated)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aNumericDateThatCouldBeEitherDayOrMonthGivesItsYearAlone() {
        assertThat(StatedDate.parse("05/06/2021")).contains(new StatedDate(2021, null));
        assertThat(StatedDate.parse("06/06/2021")).contains(new StatedDate(2021, LocalDate.of(2021, 6, 6)));
    }

    @ParameterizedTest
    @NullSource
    void noDateIsEmpty(String stated) {
        assertThat(StatedDate.parse(stated)).isEmpty();
    }

    @Test
    void yearInFindsAFullYearInsideAVenue() {
        assertThat(StatedDate.yearIn("SOSP 2021")).contains(2021);
        assertThat(StatedDate.yearIn("Proceedings of the 2019 Conference on Empirical Methods")).contains(2019);
    }

    @Test
    void yearInReadsAnApostropheYearAsThisCentury() {
        assertThat(StatedDate.yearIn("SOSP '21: ACM SIGOPS 28th Symposium on Operating Systems Principles"))
                .contains(2021);
        assertThat(StatedDate.yearIn("KDD \u201922")).contains(2022);
    }

    @Test
    void yearInPrefersAFullYearToAnApostropheYear() {
        assertThat(StatedDate.yearIn("SOSP '21 (held in 2022)")).contains(2022);
    }

    @Test
    void yearInIgnoresNumbersThatAreNotYears() {
        assertThat(StatedDate.yearIn("ACM SIGOPS 28th Symposium, pages 12345-12360")).isEmpty();
    }

    @Test
    void yearInIsEmptyWhenThereIsNoYear() {
        assertThat(StatedDate.yearIn("no year")).isEmpty();
        assertThat(StatedDate.yearIn(null)).isEmpty();
    }

    @Test
    void anApostropheYearFromLastCenturyIsLastCentury() {
        assertThat(StatedDate.yearIn("SIGIR '99: Proceedings of the 22nd Annual International ACM SIGIR Conference"))
                .contains(1999);
    }
}

package org.pubharvest.transform.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // every form on the reference page
            "US, CA, San Francisco | US | CA   | San Francisco",
            "IN, TN, Chennai       | IN | TN   | Chennai",
            "ES, B, Barcelona      | ES | B    | Barcelona",
            "US, WA, Seattle       | US | WA   | Seattle",
            "IN, TS, Hyderabad     | IN | TS   | Hyderabad",
            "US, WA, Bellevue      | US | WA   | Bellevue",
            // two parts: country and city
            "IN, Chennai           | IN | null | Chennai",
            // alpha-3, as amazon.jobs writes them
            "USA, WA, Seattle      | US | WA   | Seattle",
            "IND, KA, Bengaluru    | IN | KA   | Bengaluru",
            // country last, as the search index writes it
            "'Tel Aviv-Yafo, Tel Aviv, ISR' | IL | Tel Aviv | Tel Aviv-Yafo",
            "'Seattle, WA, USA'    | US | WA   | Seattle",
            // CA first is Canada, not California
            "CA, ON, Toronto       | CA | ON   | Toronto",
            // names and odd spacing
            "'United States, NY, New York' | US | NY | New York",
            "'  us ,  wa,Seattle ' | US | wa   | Seattle",
            "UK, London            | GB | null | London",
            "DE                    | DE | null | null"})
    void readsCountryRegionAndCity(String stated, String country, String region, String city) {
        assertThat(LocationParser.parse(stated)).isEqualTo(new ParsedLocation.Read(new Location(country, region, city)));
    }

    @Test
    void anUnknownCountryCodeIsRejectedWithAReason() {
        ParsedLocation parsed = LocationParser.parse("XX, Somewhere");

        assertThat(parsed).isEqualTo(new ParsedLocation.Unreadable("unknown country 'XX' in location 'XX, Somewhere'"));
    }

    @Test
    void anUnknownCountryAtTheEndIsNamedInTheReason() {
        assertThat(LocationParser.parse("Springfield, Nowhere, ZZZ"))
                .isEqualTo(new ParsedLocation.Unreadable("unknown country 'ZZZ' in location 'Springfield, Nowhere, ZZZ'"));
    }

    @Test
    void emptyAndOverlongLinesAreUnreadable() {
        assertThat(LocationParser.parse("  ")).isEqualTo(new ParsedLocation.Unreadable("no location"));
        assertThat(LocationParser.parse("US, WA, Seattle, Downtown"))
                .isInstanceOf(ParsedLocation.Unreadable.class);
    }

    @Test
    void addressPartsTakeCodesAndNames() {
        assertThat(LocationParser.of("ISR", "Tel Aviv", "Tel Aviv-Yafo"))
                .isEqualTo(new ParsedLocation.Read(new Location("IL", "Tel Aviv", "Tel Aviv-Yafo")));
        assertThat(LocationParser.of("Spain", null, "Madrid"))
                .isEqualTo(new ParsedLocation.Read(new Location("ES", null, "Madrid")));
        assertThat(LocationParser.of("QQ", null, "Madrid"))
                .isEqualTo(new ParsedLocation.Unreadable("unknown country 'QQ' in the address"));
    }
}

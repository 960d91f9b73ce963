package org.pubharvest.ingest.extract;

import java.util.List;
import java.util.Objects;

/**
 * A job detail page: strings as found, JSON-LD first and the profile's selectors for the rest.
 *
 * @param url                     the page's stored url
 * @param jobIdInUrl              the job id in the url, or null
 * @param statedJobId             the job id the page states (JSON-LD identifier, or "Job ID: ..."), or null
 * @param title                   the title
 * @param company                 the hiring company
 * @param location                the location line, e.g. "US, WA, Seattle", when the page has no address parts
 * @param country                 the address's country (JSON-LD), or null
 * @param region                  the address's region (JSON-LD), or null
 * @param city                    the address's locality (JSON-LD), or null
 * @param description             the description
 * @param posted                  the posted date as stated, or null
 * @param basicQualifications     the basic qualifications, one line each, as found
 * @param preferredQualifications the preferred qualifications, one line each, as found
 */
public record ScrapedJobDetail(String url, String jobIdInUrl, String statedJobId, String title, String company,
                               String location, String country, String region, String city, String description,
                               String posted, List<String> basicQualifications, List<String> preferredQualifications) {

    public ScrapedJobDetail {
        Objects.requireNonNull(url, "url");
        basicQualifications = List.copyOf(basicQualifications);
        preferredQualifications = List.copyOf(preferredQualifications);
    }
}

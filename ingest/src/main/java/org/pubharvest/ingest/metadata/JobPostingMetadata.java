package org.pubharvest.ingest.metadata;

import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A schema.org {@code JobPosting} as the page's JSON-LD states it: strings as found, any absent.
 *
 * @param title        {@code title}
 * @param description  {@code description}
 * @param datePosted   {@code datePosted}
 * @param organization {@code hiringOrganization}'s name
 * @param locality     {@code jobLocation.address.addressLocality}
 * @param region       {@code jobLocation.address.addressRegion}
 * @param country      {@code jobLocation.address.addressCountry} (a code or a name)
 * @param identifier   {@code identifier}'s value
 */
public record JobPostingMetadata(String title, String description, String datePosted, String organization,
                                 String locality, String region, String country, String identifier) {

    private static final Set<String> TYPES = Set.of("jobposting");

    /** The first {@code JobPosting} among the page's JSON-LD objects. */
    public static Optional<JobPostingMetadata> read(JsonLdObjects objects) {
        return objects.firstOfType(TYPES).map(JobPostingMetadata::of);
    }

    private static JobPostingMetadata of(JsonNode posting) {
        JsonNode location = posting.get("jobLocation");
        if (location != null && location.isArray()) {
            location = location.isEmpty() ? null : location.get(0);
        }
        JsonNode address = location == null ? null : location.get("address");
        String country = null;
        if (address != null && address.isObject()) {
            country = JsonLd.nameOf(address.get("addressCountry"));
        }
        JsonNode identifier = posting.get("identifier");
        return new JobPostingMetadata(
                JsonLd.text(posting, "title", "name"),
                JsonLd.text(posting, "description"),
                JsonLd.text(posting, "datePosted"),
                JsonLd.nameOf(posting.get("hiringOrganization")),
                address == null || !address.isObject() ? null : JsonLd.text(address, "addressLocality"),
                address == null || !address.isObject() ? null : JsonLd.text(address, "addressRegion"),
                country,
                identifier == null ? null : identifier.isObject() ? JsonLd.text(identifier, "value") : JsonLd.nameOf(identifier));
    }
}

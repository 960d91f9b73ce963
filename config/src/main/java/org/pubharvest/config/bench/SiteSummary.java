package org.pubharvest.config.bench;

/**
 * What {@link SyntheticSite} wrote.
 *
 * @param publications  publication pages
 * @param listingPages  year listing pages (the year filter page besides)
 * @param bytes         all files together
 * @param smallestPage  the smallest publication page, in bytes
 * @param largestPage   the largest publication page, in bytes
 */
public record SiteSummary(int publications, int listingPages, long bytes, int smallestPage, int largestPage) {

    public String line() {
        return String.format("sample-site: %d publication pages (%,d-%,d bytes), %d listing pages, %,d bytes in all",
                publications, smallestPage, largestPage, listingPages, bytes);
    }
}

package org.pubharvest.load.page;

/**
 * What the archive knows of a url without reading its body: enough to revalidate it.
 *
 * @param url          canonical url
 * @param etag         ETag of the stored copy, or null
 * @param lastModified Last-Modified of the stored copy, or null
 * @param contentHash   SHA-256 of the stored body
 * @param extractedHash SHA-256 of the body last extracted (loaded or rejected), or null
 */
public record StoredPage(String url, String etag, String lastModified, String contentHash, String extractedHash) {

    /** Whether a body with this hash needs no extraction: the same content was already extracted. */
    public boolean alreadyExtracted(String hash) {
        return hash != null && hash.equals(extractedHash);
    }
}

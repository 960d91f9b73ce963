/** Extractors for the yearly most-read lists and the blog posts they link. */
package org.pubharvest.ingest.ranking;

/** Extractors that turn one page into raw scraped records, strings as found, with provenance. */
package org.pubharvest.ingest.extract;

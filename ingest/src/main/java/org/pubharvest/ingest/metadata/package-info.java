/** Readers of standard metadata embedded in pages: citation_* tags and JSON-LD. */
package org.pubharvest.ingest.metadata;

/** Site profiles: hosts, listing pagination and selectors, as data rather than code. */
package org.pubharvest.ingest.site;

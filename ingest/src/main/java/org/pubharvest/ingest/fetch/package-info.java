/** HTTP fetching with conditional GET, bounded bodies, retries and a host allow-list. */
package org.pubharvest.ingest.fetch;

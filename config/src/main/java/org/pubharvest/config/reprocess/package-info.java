/** Extracting stored pages again from the page archive, with nothing fetched: after a site profile is fixed. */
package org.pubharvest.config.reprocess;

/** Reading the web: fetching, discovery, site profiles, standard metadata and extractors. jsoup stays inside. */
package org.pubharvest.ingest;

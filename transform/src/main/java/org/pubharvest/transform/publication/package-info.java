/** Canonical publications and the rules that make them from scraped ones. */
package org.pubharvest.transform.publication;

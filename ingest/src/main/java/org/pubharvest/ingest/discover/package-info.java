/** Discovery of detail pages by walking listing pages. */
package org.pubharvest.ingest.discover;

/** Publication pages as a page kind and a discovery source of the harvest. */
package org.pubharvest.config.publication;

/** Venues: one canonical venue for every spelling of it. */
package org.pubharvest.transform.venue;

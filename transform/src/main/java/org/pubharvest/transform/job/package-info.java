/** Job postings: locations, description sections, teams, and one record per posting from cards and detail pages. */
package org.pubharvest.transform.job;

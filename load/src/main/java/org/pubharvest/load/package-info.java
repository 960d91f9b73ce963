/** The warehouse: idempotent writes of pages, frontier, records, rejects and run summaries. */
package org.pubharvest.load;

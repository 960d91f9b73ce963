/** Job postings in the warehouse: idempotent upserts, the pages that show them, and closing over time. */
package org.pubharvest.load.job;

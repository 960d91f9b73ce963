/** What happened in past runs, read back from the job repository and the reject table for {@code status}. */
package org.pubharvest.config.status;

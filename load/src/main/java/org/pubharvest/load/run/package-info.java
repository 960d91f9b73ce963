/** Run summaries and rejects, for the data team and for alerting. */
package org.pubharvest.load.run;

/** Job postings as a discovery source, two page kinds and the closing of postings after a completed run. */
package org.pubharvest.config.jobposting;

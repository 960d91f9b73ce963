/** The warehouse as a shared thing: one harvest at a time holds it, and what to say when it cannot be reached. */
package org.pubharvest.config.warehouse;

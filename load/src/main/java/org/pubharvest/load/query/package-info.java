/** Read-only SQL against the warehouse, printed as CSV. */
package org.pubharvest.load.query;

/** Read-only access to the warehouse: one SQL statement, or a whole table or view, as CSV, JSON Lines or a table. */
package org.pubharvest.load.query;

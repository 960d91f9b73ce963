/** The warehouse schema's migrations, made safe against a kill at any statement, and the backup taken before them. */
package org.pubharvest.load.schema;

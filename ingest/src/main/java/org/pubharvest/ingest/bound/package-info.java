/**
 * Bounds on the work one page may cost: a time limit that extraction checks as it goes, and regular
 * expressions from site profiles run on capped input and refused at load time when they backtrack.
 */
package org.pubharvest.ingest.bound;

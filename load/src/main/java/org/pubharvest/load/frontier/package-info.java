/** The frontier: every url a run discovered and the state it reached. */
package org.pubharvest.load.frontier;

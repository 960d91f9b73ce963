/** Progress of long runs: a bar on a terminal, log lines elsewhere, fed by step and chunk listeners. */
package org.pubharvest.config.progress;

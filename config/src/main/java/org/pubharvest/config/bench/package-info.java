/** The synthetic site generator and the benchmark that harvests it on loopback. */
package org.pubharvest.config.bench;

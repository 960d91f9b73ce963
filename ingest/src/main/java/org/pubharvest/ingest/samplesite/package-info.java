/** The bundled sample site that imitates Amazon Science, for the offline demo and the tests. */
package org.pubharvest.ingest.samplesite;

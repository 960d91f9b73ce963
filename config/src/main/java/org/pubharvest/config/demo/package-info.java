/** Serving the bundled sample site on loopback for the offline demo. */
package org.pubharvest.config.demo;

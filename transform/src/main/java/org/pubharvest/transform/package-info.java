/** Normalization and validation, pure Java with no I/O: scraped records in, canonical records out. */
package org.pubharvest.transform;

/** The visible page read by its structure and content: the last layer of extraction, found by what page parts are, not by class names. */
package org.pubharvest.ingest.visible;

/** Text clean-up shared by every normalizer: whitespace, Unicode NFC, dates, identifiers. */
package org.pubharvest.transform.text;

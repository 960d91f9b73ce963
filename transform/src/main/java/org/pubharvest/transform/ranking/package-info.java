/** Most-read list entries, normalized, and their linking to publications by link or by text similarity. */
package org.pubharvest.transform.ranking;

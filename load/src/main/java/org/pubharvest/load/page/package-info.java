/** The raw page archive: the latest fetch of every url, compressed, with its validators. */
package org.pubharvest.load.page;

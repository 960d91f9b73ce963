/** Publications and their authors, venues and research areas. */
package org.pubharvest.load.publication;

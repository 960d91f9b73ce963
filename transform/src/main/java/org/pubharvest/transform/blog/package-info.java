/** Blog posts about papers, normalized. */
package org.pubharvest.transform.blog;

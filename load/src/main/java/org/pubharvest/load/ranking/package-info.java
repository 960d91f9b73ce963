/** Most-read list entries, blog posts and the links between entries and publications, in the warehouse. */
package org.pubharvest.load.ranking;

/** Most-read lists and blog posts as a discovery source and page kinds of the harvest, and their linking to publications. */
package org.pubharvest.config.ranking;

/** Markup drift: a run whose fields suddenly fill much less than in the runs before it, or whose lists gave nothing. */
package org.pubharvest.config.drift;

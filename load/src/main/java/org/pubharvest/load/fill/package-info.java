/** How well each page kind's fields were filled, per page of a run and per completed run: what the drift check reads. */
package org.pubharvest.load.fill;

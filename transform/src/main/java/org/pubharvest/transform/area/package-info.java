/** Research areas: the site taxonomy, by slug. */
package org.pubharvest.transform.area;

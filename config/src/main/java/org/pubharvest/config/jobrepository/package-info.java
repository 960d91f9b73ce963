/**
 * The job repository's execution contexts stored as JSON, and the one-time rewrite of contexts that
 * older versions stored with Java serialization.
 */
package org.pubharvest.config.jobrepository;

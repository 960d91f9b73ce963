/** The harvest job: discover, fetch, extract, report; restartable through the job repository. */
package org.pubharvest.config.job;

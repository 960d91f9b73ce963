/** The Spring Boot application: properties, batch jobs and steps, the command line. */
package org.pubharvest.config;

/** The command line: parsing, validation (one line and exit 2 on error), and the commands. */
package org.pubharvest.config.cli;

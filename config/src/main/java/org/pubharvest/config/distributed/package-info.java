/**
 * Remote partitioning (README, "Beyond one machine"): the manager of a distributed run splits the fetch
 * and extract steps into partitions by host and sends Spring Batch step execution requests over a JMS
 * broker (Apache ActiveMQ Artemis); workers on any number of machines take them and run them as step
 * executions in the shared job repository, which the manager polls.
 */
package org.pubharvest.config.distributed;

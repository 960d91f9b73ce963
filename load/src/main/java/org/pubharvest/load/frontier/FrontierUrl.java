package org.pubharvest.load.frontier;

/**
 * One url of a run's frontier.
 *
 * @param url  canonical url
 * @param kind what the url holds, e.g. {@code publication}
 */
public record FrontierUrl(String url, String kind) {
}

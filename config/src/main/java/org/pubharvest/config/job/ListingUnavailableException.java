package org.pubharvest.config.job;

/** A listing page could not be fetched or read: discovery cannot go on, and the step fails restartably. */
public class ListingUnavailableException extends RuntimeException {

    public ListingUnavailableException(String message) {
        super(message);
    }
}

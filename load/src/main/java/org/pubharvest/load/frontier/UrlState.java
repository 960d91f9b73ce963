package org.pubharvest.load.frontier;

/**
 * The state of a discovered url within a run. Every url ends a run in one of the final states.
 */
public enum UrlState {
    /** Found on a listing page; not fetched yet in this run. */
    DISCOVERED(false),
    /** Fetched and changed; waiting for extraction. */
    FETCHED(false),
    /** Extracted and loaded. */
    LOADED(true),
    /** Not modified since the last run (304 or the same content hash): nothing to extract. */
    UNCHANGED(true),
    /** Could not be used: the reject table says why. */
    REJECTED(true),
    /** 404 or 410. */
    GONE(true),
    /** Could not be fetched after retries; tried again on the next run. */
    FAILED(true);

    private final boolean terminal;

    UrlState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** Whether a url in this state has been fetched (or found gone, or refused) in its run: not waiting for, or failed in, its fetch. */
    public boolean passedFetch() {
        return this != DISCOVERED && this != FAILED;
    }
}

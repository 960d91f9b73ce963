package org.pubharvest.config.job;

/** Kinds of record a url of the frontier holds. */
public final class RecordKind {

    public static final String PUBLICATION = "publication";

    private RecordKind() {
    }
}

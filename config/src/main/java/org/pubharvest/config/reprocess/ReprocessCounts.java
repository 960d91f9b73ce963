package org.pubharvest.config.reprocess;

/**
 * What reprocessing changed, in pages (a page's records are loaded or rejected together).
 *
 * @param pages          stored pages extracted again
 * @param updated        pages whose records now differ from what the warehouse held (or that it had lost)
 * @param unchanged      pages whose records the warehouse already held as extracted
 * @param rejectsCleared pages rejected before that now load
 * @param newRejects     pages that loaded before and are now rejected (their rows are kept as they were)
 * @param stillRejected  pages rejected before and again
 */
public record ReprocessCounts(int pages, int updated, int unchanged, int rejectsCleared, int newRejects,
                              int stillRejected) {

    static final ReprocessCounts NONE = new ReprocessCounts(0, 0, 0, 0, 0, 0);

    ReprocessCounts plus(ReprocessCounts other) {
        return new ReprocessCounts(pages + other.pages, updated + other.updated, unchanged + other.unchanged,
                rejectsCleared + other.rejectsCleared, newRejects + other.newRejects, stillRejected + other.stillRejected);
    }

    /** Whether anything reached the warehouse, so that work over the whole of it (linking) is worth redoing. */
    boolean loadedAny() {
        return updated + rejectsCleared > 0;
    }

    public String summary() {
        return "pages=" + pages + " updated=" + updated + " unchanged=" + unchanged + " rejects-cleared=" + rejectsCleared
                + " new-rejects=" + newRejects + " still-rejected=" + stillRejected;
    }
}

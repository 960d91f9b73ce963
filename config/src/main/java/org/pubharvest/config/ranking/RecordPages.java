package org.pubharvest.config.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.pubharvest.config.job.Extraction;
import org.pubharvest.config.job.PageFill;
import org.pubharvest.config.job.PageKind;
import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * A page kind whose pages give one record each: extraction and normalization as one function,
 * an idempotent upsert per record, a "seen unchanged" update and what the drift check counts.
 * Lists and blog posts differ only in those.
 *
 * @param <R> the record type
 */
final class RecordPages<R> implements PageKind<R> {

    private final String name;
    private final Function<FetchedPage, Extraction<R>> extraction;
    private final BiConsumer<R, Instant> upsert;
    private final BiConsumer<String, Instant> seen;
    private final Function<List<R>, PageFill> fill;
    private final Function<String, String> storedContent;
    private final boolean listsItems;

    /**
     * @param fill       what the drift check counts on a page's records
     * @param listsItems    whether a page of the kind is a list whose items it must give
     * @param storedContent what the warehouse holds for a page's records (see {@link PageKind#storedContent})
     */
    RecordPages(String name, Function<FetchedPage, Extraction<R>> extraction, BiConsumer<R, Instant> upsert,
                BiConsumer<String, Instant> seen, Function<List<R>, PageFill> fill, boolean listsItems,
                Function<String, String> storedContent) {
        this.name = Objects.requireNonNull(name, "name");
        this.extraction = Objects.requireNonNull(extraction, "extraction");
        this.upsert = Objects.requireNonNull(upsert, "upsert");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.fill = Objects.requireNonNull(fill, "fill");
        this.listsItems = listsItems;
        this.storedContent = Objects.requireNonNull(storedContent, "storedContent");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Extraction<R> extract(FetchedPage page) {
        return extraction.apply(page);
    }

    @Override
    public void load(String url, List<R> records, Instant at) {
        records.forEach(record -> upsert.accept(record, at));
    }

    @Override
    public PageFill fill(List<R> records) {
        return fill.apply(records);
    }

    @Override
    public String storedContent(String url) {
        return storedContent.apply(url);
    }

    @Override
    public boolean listsItems() {
        return listsItems;
    }

    @Override
    public void markSeen(String url, Instant at) {
        seen.accept(url, at);
    }
}

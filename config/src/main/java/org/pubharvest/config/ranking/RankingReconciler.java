package org.pubharvest.config.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.Reconciler;
import org.pubharvest.load.ranking.RankingLinks;
import org.pubharvest.load.ranking.StoredEntry;
import org.pubharvest.transform.ranking.LinkDecision;
import org.pubharvest.transform.ranking.RankingLinker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links every ranking row to the publications in the warehouse, whatever run loaded either: a list
 * harvested before its papers stays unlinked (with the reason) until a later run loads them, and is
 * linked then, by any harvest, since this runs every time. Rows whose decision did not change are
 * left alone.
 */
public class RankingReconciler implements Reconciler {

    private static final Logger log = LoggerFactory.getLogger(RankingReconciler.class);

    private final RankingLinks links;

    public RankingReconciler(RankingLinks links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    @Override
    public String name() {
        return "rankings";
    }

    @Override
    public void reconcile(HarvestScope scope, Instant at) {
        List<StoredEntry> entries = links.entries();
        if (entries.isEmpty()) {
            return;
        }
        RankingLinker linker = new RankingLinker(links.publications());
        Map<String, String> blogPaperUrls = links.blogPaperUrls();
        int linked = 0;
        int changed = 0;
        for (StoredEntry stored : entries) {
            String blogUrl = stored.entry().blogUrl();
            LinkDecision decision = linker.link(stored.entry(), blogUrl == null ? null : blogPaperUrls.get(blogUrl));
            linked += decision instanceof LinkDecision.Linked ? 1 : 0;
            changed += links.record(stored, decision) ? 1 : 0;
        }
        log.info("ranking entries: {} linked, {} unlinked (reasons in ranking.link_reason), {} changed this run",
                linked, entries.size() - linked, changed);
    }
}

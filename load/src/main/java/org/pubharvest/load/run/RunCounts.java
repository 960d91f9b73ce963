package org.pubharvest.load.run;

import java.util.Map;

import org.pubharvest.load.frontier.UrlState;

/** The outcome counts of a run: every discovered url in exactly one final state. */
public record RunCounts(int discovered, int loaded, int unchanged, int rejected, int gone, int failed, int unfinished) {

    public static RunCounts from(Map<UrlState, Integer> byState) {
        int discovered = byState.values().stream().mapToInt(Integer::intValue).sum();
        int unfinished = byState.get(UrlState.DISCOVERED) + byState.get(UrlState.FETCHED);
        return new RunCounts(discovered, byState.get(UrlState.LOADED), byState.get(UrlState.UNCHANGED),
                byState.get(UrlState.REJECTED), byState.get(UrlState.GONE), byState.get(UrlState.FAILED), unfinished);
    }

    /** Whether the final states add up to what was discovered. */
    public boolean addsUp() {
        return unfinished == 0 && loaded + unchanged + rejected + gone + failed == discovered;
    }

    public String summary() {
        return "discovered=" + discovered + " loaded=" + loaded + " unchanged=" + unchanged + " rejected=" + rejected
                + " gone=" + gone + " failed=" + failed + (unfinished == 0 ? "" : " unfinished=" + unfinished);
    }
}

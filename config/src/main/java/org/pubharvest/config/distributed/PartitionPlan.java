package org.pubharvest.config.distributed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Which partition each url of a run goes to. A host is the unit: every url of a host lands in one
 * partition, so the one worker that runs it is the only one fetching that host, and the host's limit of
 * requests at once and its pauses hold across the cluster as they do in one process. A host that allows
 * {@code slicesPerHost} requests at once is cut into that many slices by a stable hash of the url, each
 * fetched one request at a time by its own worker. Units are packed largest first into the partition that
 * has the fewest urls so far (never two slices of one host together), so partitions come out about equal
 * in size; partitions left empty are dropped, and the rest numbered from 0.
 */
public final class PartitionPlan {

    private final Map<String, Integer> partitionByUrl;
    private final List<Partition> partitions;

    private PartitionPlan(Map<String, Integer> partitionByUrl, List<Partition> partitions) {
        this.partitionByUrl = partitionByUrl;
        this.partitions = partitions;
    }

    /** One partition: its number, the hosts (or slices of hosts) in it, and how many urls. */
    public record Partition(int number, Set<String> hosts, int urls) {
    }

    /**
     * @param hostOf the host a url is fetched from (a mirror's, when the site is read from one), as the
     *               fetcher counts it
     */
    public static PartitionPlan of(List<String> urls, int maxPartitions, int slicesPerHost, Function<String, String> hostOf) {
        if (maxPartitions < 1 || slicesPerHost < 1) {
            throw new IllegalArgumentException("partitions and slices must be at least 1");
        }
        int slices = Math.min(slicesPerHost, maxPartitions);
        Map<Unit, List<String>> units = new TreeMap<>();
        for (String url : urls) {
            String host = hostOf.apply(url);
            int slice = slices == 1 ? 0 : Math.floorMod(stableHash(url), slices);
            units.computeIfAbsent(new Unit(host, slice, slices), unit -> new ArrayList<>()).add(url);
        }
        List<Map.Entry<Unit, List<String>>> largestFirst = new ArrayList<>(units.entrySet());
        largestFirst.sort(Comparator.comparingInt((Map.Entry<Unit, List<String>> entry) -> entry.getValue().size())
                .reversed().thenComparing(Map.Entry::getKey));
        int[] sizes = new int[maxPartitions];
        List<Set<String>> hostsIn = new ArrayList<>();
        List<Set<String>> labelsIn = new ArrayList<>();
        for (int i = 0; i < maxPartitions; i++) {
            hostsIn.add(new HashSet<>());
            labelsIn.add(new TreeSet<>());
        }
        Map<String, Integer> bin = new LinkedHashMap<>();
        for (Map.Entry<Unit, List<String>> entry : largestFirst) {
            Unit unit = entry.getKey();
            int target = smallestWithout(sizes, hostsIn, unit.host());
            sizes[target] += entry.getValue().size();
            hostsIn.get(target).add(unit.host());
            labelsIn.get(target).add(unit.label());
            entry.getValue().forEach(url -> bin.put(url, target));
        }
        int[] number = new int[maxPartitions];
        List<Partition> partitions = new ArrayList<>();
        for (int i = 0; i < maxPartitions; i++) {
            number[i] = sizes[i] == 0 ? -1 : partitions.size();
            if (sizes[i] > 0) {
                partitions.add(new Partition(number[i], Set.copyOf(labelsIn.get(i)), sizes[i]));
            }
        }
        Map<String, Integer> partitionByUrl = new LinkedHashMap<>();
        bin.forEach((url, index) -> partitionByUrl.put(url, number[index]));
        return new PartitionPlan(partitionByUrl, List.copyOf(partitions));
    }

    public Map<String, Integer> partitionByUrl() {
        return partitionByUrl;
    }

    public List<Partition> partitions() {
        return partitions;
    }

    /** The partition with the fewest urls that holds no slice of the host yet (lowest number on a tie). */
    private static int smallestWithout(int[] sizes, List<Set<String>> hostsIn, String host) {
        int best = -1;
        for (int i = 0; i < sizes.length; i++) {
            if (!hostsIn.get(i).contains(host) && (best < 0 || sizes[i] < sizes[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Host and port, as the fetcher's per-host limit counts them ({@code URI#getRawAuthority}). */
    public static String authorityOf(URI uri) {
        return uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
    }

    /** The same for a url in every process and every run (String.hashCode is too, but is not promised to stay). */
    static int stableHash(String url) {
        CRC32 crc = new CRC32();
        crc.update(url.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private record Unit(String host, int slice, int slices) implements Comparable<Unit> {

        String label() {
            return slices == 1 ? host : host + " (slice " + (slice + 1) + " of " + slices + ")";
        }

        @Override
        public int compareTo(Unit other) {
            int byHost = host.compareTo(other.host);
            return byHost != 0 ? byHost : Integer.compare(slice, other.slice);
        }
    }
}

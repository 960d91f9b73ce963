package org.pubharvest.config.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PartitionPlanTest {

    private static final Function<String, String> HOST = url -> PartitionPlan.authorityOf(URI.create(url));

    @Test
    void everyUrlOfAHostLandsInOnePartitionAndPartitionsComeOutAboutEqual() {
        List<String> urls = new ArrayList<>();
        urls.addAll(pages("a.example", 40));
        urls.addAll(pages("b.example", 30));
        urls.addAll(pages("c.example", 20));
        urls.addAll(pages("d.example", 10));
        urls.addAll(pages("e.example", 10));

        PartitionPlan plan = PartitionPlan.of(urls, 3, 1, HOST);

        Map<String, List<Integer>> partitionsByHost = plan.partitionByUrl().entrySet().stream().collect(Collectors.groupingBy(
                entry -> HOST.apply(entry.getKey()), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertThat(partitionsByHost).hasSize(5).allSatisfy((host, partitions) ->
                assertThat(partitions.stream().distinct()).as(host).hasSize(1));
        assertThat(plan.partitions()).extracting(PartitionPlan.Partition::urls).containsExactly(40, 40, 30);
        assertThat(plan.partitionByUrl()).hasSize(urls.size());
    }

    @Test
    void fewerHostsThanPartitionsGiveFewerPartitionsNumberedFromZero() {
        PartitionPlan plan = PartitionPlan.of(pages("a.example:8080", 5), 4, 1, HOST);

        assertThat(plan.partitions()).singleElement().satisfies(partition -> {
            assertThat(partition.number()).isZero();
            assertThat(partition.hosts()).containsExactly("a.example:8080");
        });
    }

    @Test
    void aHostThatAllowsMoreRequestsAtOnceIsSlicedByAStableHashNeverTwoSlicesTogether() {
        List<String> urls = pages("a.example", 100);

        PartitionPlan plan = PartitionPlan.of(urls, 4, 2, HOST);
        List<String> reversed = new ArrayList<>(urls);
        Collections.reverse(reversed);
        PartitionPlan again = PartitionPlan.of(reversed, 4, 2, HOST);

        assertThat(plan.partitions()).hasSize(2).allSatisfy(partition ->
                assertThat(partition.hosts()).singleElement().asString().startsWith("a.example (slice "));
        assertThat(again.partitionByUrl()).as("the same split whatever the order").isEqualTo(plan.partitionByUrl());
        assertThat(plan.partitions()).extracting(PartitionPlan.Partition::urls).allSatisfy(size -> assertThat(size).isBetween(30, 70));
    }

    private static List<String> pages(String host, int count) {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add("https://" + host + "/articles/" + i);
        }
        return pages;
    }
}

package org.pubharvest.ingest.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.metadata.JobPostingMetadata;
import org.pubharvest.ingest.metadata.JsonLdReader;
import org.pubharvest.ingest.site.JobDetailRules;

/**
 * Reads a job detail page: JSON-LD {@code JobPosting} first, because it is structured (the
 * address comes in parts), then the profile's selectors over the visible page, then the page's
 * structure ({@link JobDetailStructure}) for whatever those leave empty. Never throws for what a
 * page contains.
 */
public final class JobDetailExtractor {

    /** "Job ID: 1234567 | Amazon.com Services LLC". */
    private static final Pattern META = Pattern.compile("Job\\s*ID\\s*:?\\s*(\\d+)\\s*(?:\\|\\s*(.+))?",
            Pattern.CASE_INSENSITIVE);

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final JobDetailRules rules;

    public JobDetailExtractor(JobDetailRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public ScrapedJobDetail extract(FetchedPage page) {
        Document document = PageText.parse(page);
        Optional<JobPostingMetadata> metadata = JobPostingMetadata.read(jsonLd.objects(document));
        JobPostingMetadata json = metadata.orElse(new JobPostingMetadata(null, null, null, null, null, null, null, null));
        Matcher meta = META.matcher(Objects.requireNonNullElse(MarkupText.firstText(document, rules.meta()), ""));
        boolean hasMeta = meta.find();
        boolean hasAddress = json.country() != null || json.locality() != null;
        JobDetailStructure structure = new JobDetailStructure(document);
        List<String> description = orElse(MarkupText.lines(document, rules.description()), structure::description);
        return new ScrapedJobDetail(page.url(),
                rules.jobId(page.url()).orElse(null),
                first(json.identifier(), hasMeta ? meta.group(1) : structure.jobId()),
                first(first(json.title(), MarkupText.firstText(document, rules.title())), structure.title()),
                first(json.organization(), hasMeta ? meta.group(2) : structure.company()),
                hasAddress ? null : first(MarkupText.firstText(document, rules.location()), structure.location()),
                json.country(),
                json.region(),
                json.locality(),
                first(json.description(), description.isEmpty() ? null : String.join(" ", description)),
                first(json.datePosted(), structure.posted()),
                orElse(MarkupText.lines(document, rules.basicQualifications()), structure::basicQualifications),
                orElse(MarkupText.lines(document, rules.preferredQualifications()), structure::preferredQualifications));
    }

    private static List<String> orElse(List<String> lines, java.util.function.Supplier<List<String>> fallback) {
        return lines.isEmpty() ? fallback.get() : lines;
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}

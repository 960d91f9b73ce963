package org.pubharvest.config.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.ranking.RankingListExtractor;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;
import org.pubharvest.transform.publication.NormalizedPublication;
import org.pubharvest.transform.publication.PublicationNormalizer;
import org.pubharvest.transform.ranking.NormalizedRankingList;
import org.pubharvest.transform.ranking.RankingListNormalizer;

/**
 * {@code extract <file.html> --url=URL}: parses one saved page (a publication page or a most-read
 * list) as if fetched from the url and prints one JSON object per record on stdout, nothing else. Needs no database and starts no
 * Spring context, so it is quick to use while writing a site profile.
 */
final class ExtractCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("url");
        arguments.requirePositional(1, "one saved page file");
        String url = arguments.required("url");
        requireHttpUrl(url);
        Path file = Path.of(arguments.positional().get(0));
        byte[] body = read(file);

        SiteProfile amazonScience = SiteProfiles.amazonScience();
        FetchedPage page = new FetchedPage(url, 200, null, null, null, body, modifiedTime(file));
        if (amazonScience.isJobListingUrl(url) || SiteProfiles.amazonJobs().isJobDetailUrl(url)) {
            return JobRecords.print(page, out);
        }
        RankingListExtractor lists = new RankingListExtractor(amazonScience);
        if (lists.isRankingListUrl(url)) {
            return printRankings(new RankingListNormalizer().normalize(lists.extract(page)), url, out);
        }
        // A publication page: read with its site's profile (by host), or the generic one for any other site.
        SiteProfile profile = SiteProfiles.forUrl(url);
        if (!profile.isPublicationUrl(url)) {
            throw new CommandFailedException("no records: " + url + " is not a page kind that the "
                    + profile.name() + " profile extracts (publication pages match " + profile.publicationUrl()
                    + (profile.name().equals(amazonScience.name())
                            ? "; careers listing pages start with " + amazonScience.jobListing().startUrl()
                            + "; job detail pages match " + SiteProfiles.amazonJobs().jobDetail().url()
                            + "; most-read lists match " + amazonScience.rankingLists().listUrl() : "")
                    + ")");
        }
        NormalizedPublication result = PublicationNormalizer.withBundledCatalogs()
                .normalize(new PublicationExtractor(profile).extract(page));
        if (result instanceof NormalizedPublication.Accepted accepted) {
            out.println(RecordJson.publication(accepted.publication()));
            return Cli.OK;
        }
        throw new CommandFailedException("rejected " + url + ": " + ((NormalizedPublication.Rejected) result).reason());
    }

    private static int printRankings(NormalizedRankingList result, String url, PrintStream out) {
        if (result instanceof NormalizedRankingList.Accepted accepted) {
            accepted.list().entries().forEach(entry -> out.println(RecordJson.ranking(entry)));
            return Cli.OK;
        }
        throw new CommandFailedException("rejected " + url + ": " + ((NormalizedRankingList.Rejected) result).reason());
    }

    private static void requireHttpUrl(String url) {
        try {
            String scheme = URI.create(url).getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new UsageException("--url must be an http(s) url, got '" + url + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url is not a valid url: '" + url + "'");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Instant modifiedTime(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}

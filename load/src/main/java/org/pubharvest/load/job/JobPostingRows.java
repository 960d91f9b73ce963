package org.pubharvest.load.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;

import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.job.JobSections;
import org.pubharvest.transform.job.Location;

/** A {@code job_posting} row read back as a posting, so that a new card or detail page merges with it. */
final class JobPostingRows {

    static final String COLUMNS = """
            job_id, url, title, company, team, country, region, city, location_as_stated, location_problem,
            posted_on, description, description_truncated, responsibilities, day_in_the_life, about_the_team,
            basic_qualifications, preferred_qualifications, from_detail_page""";

    private JobPostingRows() {
    }

    static JobPosting read(ResultSet rs) throws SQLException {
        String country = rs.getString("country");
        Date posted = rs.getDate("posted_on");
        return new JobPosting(rs.getString("job_id"), rs.getString("url"), rs.getString("title"),
                rs.getString("company"), rs.getString("team"),
                country == null ? null : new Location(country, rs.getString("region"), rs.getString("city")),
                rs.getString("location_as_stated"), rs.getString("location_problem"),
                posted == null ? null : posted.toLocalDate(), rs.getString("description"),
                rs.getBoolean("description_truncated"),
                new JobSections(rs.getString("responsibilities"), rs.getString("day_in_the_life"),
                        rs.getString("about_the_team")),
                lines(rs.getString("basic_qualifications")), lines(rs.getString("preferred_qualifications")),
                rs.getBoolean("from_detail_page"));
    }

    /** The column values in {@link #COLUMNS} order. */
    static Object[] values(JobPosting p) {
        Location location = p.location();
        return new Object[] {p.jobId(), p.url(), p.title(), p.company(), p.team(),
                location == null ? null : location.country(), location == null ? null : location.region(),
                location == null ? null : location.city(), p.locationAsStated(), p.locationProblem(), p.postedDate(),
                p.description(), p.descriptionTruncated(), p.sections().responsibilities(),
                p.sections().dayInTheLife(), p.sections().aboutTheTeam(), joined(p.basicQualifications()),
                joined(p.preferredQualifications()), p.fromDetailPage()};
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static String joined(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}

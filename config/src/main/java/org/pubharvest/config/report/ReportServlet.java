package org.pubharvest.config.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code GET /report[?runs=N]} on {@code serve}'s management port: the page {@code report} writes, read afresh. */
public class ReportServlet extends HttpServlet {

    private final transient JdbcClient jdbc;
    private final transient Clock clock;

    public ReportServlet(JdbcClient jdbc, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int runs;
        try {
            runs = request.getParameter("runs") == null ? ReportQueries.DEFAULT_RUNS : Integer.parseInt(request.getParameter("runs"));
        } catch (NumberFormatException e) {
            runs = -1;
        }
        if (runs < 1 || runs > ReportQueries.MOST_RUNS) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "runs must be a whole number from 1 to " + ReportQueries.MOST_RUNS);
            return;
        }
        byte[] page = ReportPage.render(new ReportQueries(jdbc, clock).read(runs)).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}

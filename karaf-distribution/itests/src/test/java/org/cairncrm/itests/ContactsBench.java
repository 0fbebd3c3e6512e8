package org.cairncrm.itests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.cairncrm.platform.api.ModuleRegistry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Contacts at scale, not run by CI ({@code mvn -pl karaf-distribution/itests test -Dtest=ContactsBench}): imports
 * 100,000 companies of the demo data generator ({@code -Dbench.companies=1000000} for a million) from CSV through
 * the REST import, then runs the quick search with 16 concurrent
 * clients over REST and, in the same server, the same search as plain JDBC on the same DataSource; writes
 * {@code target/bench/contacts.md}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContactsBench {

    private static final int COMPANIES = Integer.getInteger("bench.companies", 100_000);
    private static final int CLIENTS = 16;
    private static final int SECONDS = 20;
    private static final List<String> TERMS = List.of("lodz", "krakow", "anvil", "meble", "transport", "42 5",
            "serwis", "gdansk", "harbour", "nowak");

    @Inject
    @Filter(timeout = 120_000)
    private ModuleRegistry modules;

    /** the demo data's generator */
    @Inject
    @Filter(timeout = 120_000)
    private org.cairncrm.contacts.SampleCompanies samples;

    @Inject
    @Filter(value = "(osgi.jndi.service.name=cairn)", timeout = 120_000)
    private DataSource dataSource;

    private final Http anonymous = new Http(CairnExam.API);

    @Configuration
    public Option[] configuration() {
        // -Dbench.companies=1000000 for the large run, which needs the bigger heap
        return OptionUtils.combine(CairnExam.options(), CoreOptions.vmOption(COMPANIES > 200_000 ? "-Xmx4g" : "-Xmx2g"),
                CoreOptions.systemProperty("bench.companies").value(String.valueOf(COMPANIES)));
    }

    @Test
    public void importAndQuickSearch() throws Exception {
        anonymous.await("/health", 200, 120);
        Http admin = FirstAdmin.signIn(anonymous, Path.of(System.getProperty("karaf.data")));
        admin.await("/contacts/companies", 200, 90);
        StringBuilder report = new StringBuilder("| figure | value |\n|---|---|\n");

        // the demo generator's companies; a name can come twice in a city, as in life: added all the same. Uploads
        // are limited to 100 MiB: a million companies go in files of 250,000
        int part = Math.min(COMPANIES, 250_000);
        long bytes = 0;
        int created = 0;
        int failed = 0;
        long start = System.nanoTime();
        for (int from = 1; from <= COMPANIES; from += part) {
            byte[] csv = samples.csv(2026, from, Math.min(part, COMPANIES - from + 1));
            bytes += csv.length;
            Http.Reply started = admin.post("/contacts/imports/companies?duplicates=CREATE", "text/csv", csv);
            assertEquals(started.toString(), 202, started.status());
            JsonNode job = admin.awaitJob(started.json().path("id").asText(), 3600);
            assertEquals(job.toString(), "DONE", job.path("state").asText());
            created += job.path("result").path("created").asInt();
            failed += job.path("result").path("failed").asInt();
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        report.append(String.format("| CSV import of %,d companies (%.1f MiB in %d file(s)), all rows checked and "
                        + "stored | %.1f s (%,d created, %,d refused) |%n", COMPANIES, bytes / 1048576.0,
                (COMPANIES + part - 1) / part, importSeconds, created, failed));

        // the first search waits for the index to take in the import
        start = System.nanoTime();
        new LoadClient(admin.authorization()).get("/api/contacts/companies?size=50&q=lodz");
        report.append(String.format("| first search after the import (the index takes the import in) | %.0f ms |%n",
                (System.nanoTime() - start) / 1e6));
        Random random = new Random(7);
        // each client keeps its own HTTP/1.1 connection and reads every answer whole, as a load tool does
        ThreadLocal<LoadClient> clients = ThreadLocal.withInitial(() -> new LoadClient(admin.authorization()));
        IntSupplier search = () -> {
            String term = TERMS.get(random.nextInt(TERMS.size()));
            byte[] body = clients.get().get("/api/contacts/companies?size=50&q="
                    + java.net.URLEncoder.encode(term, StandardCharsets.UTF_8));
            return body.length;
        };
        Result rest = run(search);
        Result single = run(1, search);
        // queries seldom repeated: a name and a company number, so the cards of the page mostly come from the table
        Result varied = run(() -> clients.get().get("/api/contacts/companies?size=50&q="
                + java.net.URLEncoder.encode(TERMS.get(random.nextInt(TERMS.size())).split(" ")[0] + " "
                + (1 + random.nextInt(COMPANIES)), StandardCharsets.UTF_8)).length);
        // the same search as SQL: every word of the query begins a word of search_text (" word word ... "); LOCATE,
        // as the platform's lists search: a LIKE goes through the database's Polish collation, many times slower
        Result jdbc = run(() -> {
            String term = TERMS.get(random.nextInt(TERMS.size()));
            String[] words = term.split(" ");
            String where = " WHERE archived_at IS NULL" + " AND LOCATE(?, search_text) > 0".repeat(words.length);
            try (Connection c = dataSource.getConnection();
                 PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM contacts_company" + where);
                 PreparedStatement page = c.prepareStatement("SELECT * FROM contacts_company" + where
                         + " ORDER BY name, id FETCH FIRST 50 ROWS ONLY")) {
                for (int i = 0; i < words.length; i++) {
                    count.setString(i + 1, " " + words[i]);
                    page.setString(i + 1, " " + words[i]);
                }
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                }
                int rows = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        report.append(String.format("| quick search over REST, page of 50 + total, %d clients, %d s | %.1f req/s, p50 "
                + "%.1f ms, p95 %.1f ms, p99 %.1f ms |%n", CLIENTS, SECONDS, rest.perSecond, rest.p50, rest.p95,
                rest.p99));
        report.append(String.format("| the same, 1 client | %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms |%n",
                single.perSecond, single.p50, single.p95, single.p99));
        report.append(String.format("| varied queries (a term and a company number), %d clients | %.1f req/s, p50 "
                + "%.1f ms, p95 %.1f ms, p99 %.1f ms |%n", CLIENTS, varied.perSecond, varied.p50, varied.p95,
                varied.p99));
        report.append(String.format("| the same search as plain JDBC on the table (count + page), %d clients | %.1f "
                + "req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms |%n", CLIENTS, jdbc.perSecond, jdbc.p50, jdbc.p95,
                jdbc.p99));
        report.append(String.format("| REST as a share of plain JDBC | %.0f %% |%n", 100 * rest.perSecond
                / jdbc.perSecond));
        // in the container: written into the server's directory, and printed for the surefire report
        Files.writeString(Path.of(System.getProperty("karaf.data"), "bench-contacts.md"), report.toString());
        System.out.println(report);
    }

    private record Result(double perSecond, double p50, double p95, double p99) {
    }

    /** A minimal HTTP/1.1 client on one kept-alive connection: GET, status 200 required, body read whole. */
    private static final class LoadClient {
        private final String authorization;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        LoadClient(String authorization) {
            this.authorization = authorization;
        }

        byte[] get(String path) {
            try {
                if (socket == null) {
                    socket = new java.net.Socket("localhost", Integer.parseInt(CairnExam.HTTP_PORT));
                    socket.setTcpNoDelay(true);
                    in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
                    out = socket.getOutputStream();
                }
                out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                        + "Authorization: " + authorization + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String status = line();
                if (!status.startsWith("HTTP/1.1 200")) {
                    throw new IllegalStateException(status);
                }
                int length = -1;
                boolean chunked = false;
                boolean close = false;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    String h = header.toLowerCase(java.util.Locale.ROOT);
                    if (h.startsWith("content-length:")) {
                        length = Integer.parseInt(h.substring(15).strip());
                    } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                        chunked = true;
                    } else if (h.startsWith("connection:") && h.contains("close")) {
                        close = true;
                    }
                }
                java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
                if (chunked) {
                    for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                         size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                        body.write(in.readNBytes(size));
                        line();
                    }
                    line();
                } else {
                    body.write(in.readNBytes(length));
                }
                if (close) {
                    socket.close();
                    socket = null;
                }
                return body.toByteArray();
            } catch (java.io.IOException e) {
                socket = null;
                throw new IllegalStateException(e);
            }
        }

        private String line() throws java.io.IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException();
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    private static Result run(IntSupplier call) throws Exception {
        return run(CLIENTS, call);
    }

    private static Result run(int clientCount, IntSupplier call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        List<Future<List<Long>>> clients = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clientCount; i++) {
            clients.add(pool.submit(() -> {
                List<Long> took = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    call.getAsInt();
                    took.add(System.nanoTime() - t);
                }
                return took;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            all.addAll(client.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(all.size() / seconds, all.get(all.size() / 2) / 1e6, all.get(all.size() * 95 / 100) / 1e6,
                all.get(all.size() * 99 / 100) / 1e6);
    }

}

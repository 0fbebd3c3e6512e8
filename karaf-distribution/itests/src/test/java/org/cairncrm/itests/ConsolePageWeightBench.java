package org.cairncrm.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark, not a test (not run by the build): what the console's sign-in page costs a browser, cold (empty cache)
 * and warm (second visit): bytes transferred over the network for the page and everything it loads, the number of
 * requests, the time to first contentful paint and until the sign-in form is usable, and what the browser's console
 * reported. Run it with {@code mvn -pl karaf-distribution/itests test -Dtest=ConsolePageWeightBench}; the figures go
 * to {@code target/bench/console-page-weight.md}.
 */
class ConsolePageWeightBench {

    private static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
            let transferred = nav.transferSize, decoded = nav.decodedBodySize, cached = 0;
            for (const r of resources) {
              transferred += r.transferSize; decoded += r.decodedBodySize;
              if (r.transferSize === 0 && r.decodedBodySize > 0) cached++;
            }
            return {transferred: transferred, decoded: decoded, requests: resources.length + 1, cached: cached,
                    fcp: paint ? Math.round(paint.startTime) : -1};
            """;

    @Test
    void measure() throws Exception {
        Path archive = Path.of(System.getProperty("cairn.distribution"));
        try (Server server = Server.unpack(archive, Path.of("target/bench-server"), 41000)) {
            server.start();
            server.http().await("/health", 200, 180);
            awaitConsole(server.console() + "login");
            ChromeDriver browser = Chromium.start(1366, 768);
            StringBuilder report = new StringBuilder("| sign-in page | transferred | uncompressed | requests | "
                    + "from cache | first contentful paint | form usable |\n|---|---|---|---|---|---|---|\n");
            StringBuilder console = new StringBuilder();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                // the first visit after start pays for the servlet's own start: not counted
                browser.get(server.console() + "login");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
                browser.executeCdpCommand("Network.enable", Map.of());
                browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                for (String visit : List.of("cold (empty cache)", "warm (second visit)")) {
                    long start = System.nanoTime();
                    browser.get(server.console() + "login");
                    wait.until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#vaadinLoginUsername input")));
                    long usable = (System.nanoTime() - start) / 1_000_000;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(MEASURE);
                    report.append("| ").append(visit).append(" | ")
                            .append(kib(m.get("transferred"))).append(" | ").append(kib(m.get("decoded"))).append(" | ")
                            .append(m.get("requests")).append(" | ").append(m.get("cached")).append(" | ")
                            .append(m.get("fcp")).append(" ms | ").append(usable).append(" ms |\n");
                }
                for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                    if (entry.getLevel().intValue() < Level.WARNING.intValue()) {
                        continue;
                    }
                    console.append("- ").append(entry.getLevel()).append(": ").append(entry.getMessage()).append('\n');
                }
            } finally {
                browser.quit();
            }
            report.append("\nBrowser console, warnings and errors: ").append(console.length() == 0 ? "none\n" : "\n" + console);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/console-page-weight.md"), report.toString());
            System.out.println(report);
        }
    }

    private static void awaitConsole(String address) throws InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            try {
                if (client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the console's port opens a moment after the REST API
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the console did not answer at " + address);
    }

    private static String kib(Object bytes) {
        return String.format("%.1f KiB", ((Number) bytes).doubleValue() / 1024);
    }
}

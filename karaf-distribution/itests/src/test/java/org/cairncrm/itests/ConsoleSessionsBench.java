package org.cairncrm.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark, not a test (not run by the build): the console's first page time in Chromium and the server's heap
 * after 20 signed-in console sessions. Run it with
 * {@code mvn -pl karaf-distribution/itests test -Dtest=ConsoleSessionsBench}; the figures go to
 * {@code target/bench/console-sessions.md}.
 */
class ConsoleSessionsBench {

    private static final int SESSIONS = 20;
    private static final String PASSWORD = "Bench-owner-2026";

    @Test
    void measure() throws Exception {
        Path archive = Path.of(System.getProperty("cairn.distribution"));
        try (Server server = Server.unpack(archive, Path.of("target/bench-server"), 40000)) {
            server.start();
            server.http().await("/health", 200, 180);
            FirstAdmin.awaitSignIn(server.http().as("admin", FirstAdmin.initialPassword(server.home.resolve("data"))));
            String initial = FirstAdmin.initialPassword(server.home.resolve("data"));
            server.http().as("admin", initial).put("/people/me/password",
                    "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + PASSWORD + "\"}");
            long pid = jvm(server);
            long baseline = heapUsedAfterGc(pid);

            WebDriver browser = Chromium.start(1280, 900);
            List<Long> firstPage = new ArrayList<>();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                for (int i = 0; i < SESSIONS; i++) {
                    browser.manage().deleteAllCookies();
                    long start = System.nanoTime();
                    browser.get(server.console());
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")))
                            .sendKeys("admin");
                    firstPage.add((System.nanoTime() - start) / 1_000_000);
                    browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(PASSWORD + "\n");
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));
                    browser.findElement(By.id("menu-admin-employees")).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("employees")));
                }
            } finally {
                browser.quit();
            }
            long after = heapUsedAfterGc(pid);
            List<Long> sorted = new ArrayList<>(firstPage);
            sorted.sort(null);
            String report = "| figure | value |\n|---|---|\n"
                    + "| first page (sign-in form shown), first session | " + firstPage.get(0) + " ms |\n"
                    + "| first page, median of " + SESSIONS + " | " + sorted.get(SESSIONS / 2) + " ms |\n"
                    + "| server heap used after GC, before console sessions | " + baseline / (1024 * 1024) + " MiB |\n"
                    + "| server heap used after GC, " + SESSIONS + " signed-in sessions open | "
                    + after / (1024 * 1024) + " MiB |\n"
                    + "| per session | " + (after - baseline) / SESSIONS / 1024 + " KiB |\n";
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/console-sessions.md"), report);
            System.out.println(report);
        }
    }

    private static long jvm(Server server) throws Exception {
        java.util.Properties props = new java.util.Properties();
        try (var in = Files.newInputStream(server.home.resolve("instances/instance.properties"))) {
            props.load(in);
        }
        return Long.parseLong(props.getProperty("item.0.pid").strip());
    }

    /** Heap in use after a full GC, from jcmd. */
    private static long heapUsedAfterGc(long pid) throws Exception {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new AssertionError("no heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}

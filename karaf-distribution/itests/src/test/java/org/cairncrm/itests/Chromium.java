package org.cairncrm.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's headless Chromium for the console's browser tests and benchmarks, one way everywhere. */
final class Chromium {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /**
     * A new headless browser with an empty profile, window {@code width} x {@code height}, keeping the browser
     * console's messages for {@code ChromeDriver.manage().logs()}.
     */
    static ChromeDriver start(int width, int height) throws IOException, InterruptedException {
        if (!Files.exists(DRIVER)) {
            // the Debian packages; CI installs them in .ci/run, a developer's machine gets them here
            new ProcessBuilder("apt-get", "install", "-y", "-q", "chromium", "chromium-driver").inheritIO().start()
                    .waitFor();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("chromium")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
    }
}

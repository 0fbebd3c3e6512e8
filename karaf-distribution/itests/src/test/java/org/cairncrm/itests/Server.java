package org.cairncrm.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A Cairn server unpacked from the distribution archive and run with its own {@code bin/start} and {@code bin/stop},
 * as an administrator runs it; on ports of its own.
 */
final class Server implements AutoCloseable {

    final Path home;
    final int httpPort;
    int consolePort = 8080;

    private Server(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks the distribution archive into {@code dir} (emptied first) and moves its ports by {@code offset}. */
    static Server unpack(Path archive, Path where, int offset) throws IOException, InterruptedException {
        Path dir = where.toAbsolutePath();
        if (Files.exists(dir)) {
            run(dir.getParent(), "rm", "-rf", dir.toString());
        }
        Files.createDirectories(dir);
        run(dir, "tar", "xzf", archive.toAbsolutePath().toString(), "--strip-components=1");
        Server server = new Server(dir, 8181 + offset);
        server.consolePort = 8080 + offset;
        server.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(8181 + offset));
        server.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(8101 + offset));
        server.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(1099 + offset));
        server.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(44444 + offset));
        server.setProperty("etc/org.cairncrm.console.cfg", "port", String.valueOf(8080 + offset));
        // the build's local repository, where the modules under test were installed
        String repository = System.getProperty("org.ops4j.pax.url.mvn.localRepository");
        if (repository != null) {
            server.setProperty("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repository);
        }
        return server;
    }

    void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8)
                : new java.util.ArrayList<>();
        lines.removeIf(l -> l.strip().startsWith(key + " ") || l.strip().startsWith(key + "="));
        lines.add(key + " = " + value);
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    void write(String file, String content) throws IOException {
        Files.writeString(home.resolve(file), content, StandardCharsets.UTF_8);
    }

    /** The console's address, {@code http://localhost:<port>/}. */
    String console() {
        return "http://localhost:" + consolePort + "/";
    }

    Http http() {
        return new Http("http://localhost:" + httpPort + "/api");
    }

    void start() throws IOException, InterruptedException {
        run(home, "bin/start");
    }

    /**
     * Stops the server and waits until its JVM is gone: {@code bin/status} says "not running" as soon as the shutdown
     * port closes, while the JVM may still hold the data directory for a while.
     */
    void stop() throws IOException, InterruptedException {
        Optional<ProcessHandle> jvm = jvm();
        run(home, "bin/stop");
        if (jvm.isEmpty()) {
            return;
        }
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jvm.get().isAlive() && System.nanoTime() < end) {
            Thread.sleep(250);
        }
        if (jvm.get().isAlive()) {
            jvm.get().destroyForcibly();
            throw new AssertionError("server in " + home + " did not stop within 60 s");
        }
    }

    @Override
    public void close() throws Exception {
        if (jvm().isPresent()) {
            stop();
        }
    }

    /** Runs a {@code jcmd} diagnostic command in the server's JVM and answers its output. */
    String jcmd(String... command) throws IOException, InterruptedException {
        long pid = jvm().orElseThrow(() -> new AssertionError("server in " + home + " is not running")).pid();
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(line + " did not finish within 120 s");
        }
        return output;
    }

    /** The server's JVM, from the pid Karaf records in instances/instance.properties. */
    private Optional<ProcessHandle> jvm() throws IOException {
        Path instances = home.resolve("instances/instance.properties");
        if (!Files.exists(instances)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (var in = Files.newInputStream(instances)) {
            props.load(in);
        }
        long pid = Long.parseLong(props.getProperty("item.0.pid", "0").strip());
        return pid <= 0 ? Optional.empty() : ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        int code = exitCode(dir, command);
        if (code != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + code);
        }
    }

    private static int exitCode(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(dir)))
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
        }
        return p.exitValue();
    }

    /** Runs console commands through bin/client (SSH) as {@code login}; answers what the console printed. */
    String client(String login, String password, String commands) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bin/client", "-u", login, "-p", password, "-r", "3", "-b")
                .directory(home.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().write((commands + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/client did not finish within 60 s: " + output);
        }
        return output;
    }

    /** Output of bin/start, bin/stop and bin/status, beside the server directory. */
    private static File log(Path dir) throws IOException {
        return new File(dir.toFile(), "../" + dir.getFileName() + "-commands.log").getCanonicalFile();
    }
}

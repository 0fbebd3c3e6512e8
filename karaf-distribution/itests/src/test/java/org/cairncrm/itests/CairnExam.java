package org.cairncrm.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** How the Pax Exam tests boot the real Cairn distribution: the built archive, on ports of their own. */
final class CairnExam {

    static final String HTTP_PORT = "18181";
    static final String API = "http://localhost:" + HTTP_PORT + "/api";
    static final String CONSOLE_PORT = "18080";
    static final String CONSOLE = "http://localhost:" + CONSOLE_PORT + "/";

    private CairnExam() {
    }

    static Option[] options() {
        String version = System.getProperty("cairn.version");
        File distribution = new File(System.getProperty("cairn.distribution"));
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(distribution.toURI().toString())
                    .name("Cairn")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            // the server's log stays in target/exam for whoever reads a failure
            keepRuntimeFolder(),
            logLevel(LogLevel.INFO),
            // ports of their own, so that a Cairn running on this machine does not disturb the test
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", HTTP_PORT),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
            editConfigurationFilePut("etc/org.cairncrm.console.cfg", "port", CONSOLE_PORT),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                            System.getProperty("user.home") + "/.m2/repository")),
            systemProperty("cairn.itest.features").value(
                    maven("org.cairncrm", "cairn-itest-features", version).type("xml").classifier("features")
                            .getURL()),
        };
    }
}

package org.cairncrm.platform.core.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.cairncrm.platform.api.HealthReport;
import org.cairncrm.platform.api.HealthReport.Part;
import org.cairncrm.platform.api.HealthStatus;
import org.cairncrm.platform.api.ModuleInfo;
import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.ModuleState;
import org.cairncrm.platform.api.PlatformHealth;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Answers whether the server works: the database must answer, every module should be active. The DataSource is
 * optional here on purpose: when {@code etc/org.ops4j.datasource-cairn.cfg} is wrong it is not registered at all, and
 * health must say so rather than vanish.
 */
@Component(service = PlatformHealth.class)
public class PlatformHealthService implements PlatformHealth {

    private static final int DB_TIMEOUT_SECONDS = 3;

    private final ModuleRegistry modules;
    private final String platformVersion;

    @Reference(target = "(osgi.jndi.service.name=cairn)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    private final ExecutorService checker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cairn-health-check");
        t.setDaemon(true);
        return t;
    });

    private Future<Part> inFlight;

    @Deactivate
    void deactivate() {
        checker.shutdownNow();
    }

    @Activate
    public PlatformHealthService(BundleContext context, @Reference ModuleRegistry modules) {
        this.modules = modules;
        this.platformVersion = context.getBundle().getVersion().toString();
    }

    @Override
    public HealthReport check() {
        Part database = database();
        List<ModuleInfo> installed = modules.modules();
        HealthStatus status;
        if (database.status() == HealthStatus.DOWN) {
            status = HealthStatus.DOWN;
        } else if (installed.stream().anyMatch(m -> m.state() != ModuleState.ACTIVE)) {
            status = HealthStatus.DEGRADED;
        } else {
            status = HealthStatus.UP;
        }
        return new HealthReport(status, Instant.now(), new Part(HealthStatus.UP, platformVersion, "Cairn platform"),
                database, installed);
    }

    private Part database() {
        DataSource ds = dataSource;
        if (ds == null) {
            return new Part(HealthStatus.DOWN, null, "DataSource 'cairn' is not registered: check "
                    + "etc/org.ops4j.datasource-cairn.cfg and that the database server is reachable");
        }
        // A pool waits long for a connection from a database that is gone; health must answer at once, and callers
        // polling it must not pile up threads waiting on the same dead database.
        Future<Part> check;
        synchronized (this) {
            if (inFlight == null || inFlight.isDone()) {
                inFlight = checker.submit(() -> database(ds));
            }
            check = inFlight;
        }
        try {
            return check.get(DB_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return new Part(HealthStatus.DOWN, null, "no connection within " + DB_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            return new Part(HealthStatus.DOWN, null, "cannot connect: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Part(HealthStatus.DOWN, null, "interrupted");
        }
    }

    private static Part database(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            if (!c.isValid(DB_TIMEOUT_SECONDS)) {
                return new Part(HealthStatus.DOWN, meta.getDatabaseProductVersion(), "database does not answer");
            }
            return new Part(HealthStatus.UP, meta.getDatabaseProductVersion(), meta.getDatabaseProductName());
        } catch (Exception e) {
            return new Part(HealthStatus.DOWN, null, "cannot connect: " + e.getMessage());
        }
    }
}

package org.cairncrm.platform.core.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.List;

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

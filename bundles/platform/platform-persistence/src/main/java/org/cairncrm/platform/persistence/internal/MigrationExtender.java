package org.cairncrm.platform.persistence.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.cairncrm.platform.persistence.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches for module bundles with a {@code Cairn-Migrations} header, applies their changelog when they start and
 * then registers a {@link ModuleSchema} service for the module, on which its repositories wait. When the bundle
 * stops the service goes; the tables and their rows stay, so a reinstalled module finds its data again.
 */
@Component(immediate = true, service = SchemaMigrations.class)
public class MigrationExtender implements BundleTrackerCustomizer<MigrationExtender.Tracked>, SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final BundleContext context;
    private final SchemaMigrator migrator;
    private final SchemaFingerprints fingerprints;
    // One thread: migrations never run side by side, and bundle events are never held up by them.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "cairn-migrations"));
    // Another for announcing ready schemas: the services waiting for a module's schema start in the thread that
    // announces it, and the next module's migration need not wait for them.
    private final ExecutorService announcer = Executors.newSingleThreadExecutor(r -> new Thread(r, "cairn-schemas"));
    private final BundleTracker<Tracked> tracker;
    private final Map<String, Tracked> byModule = new ConcurrentHashMap<>();

    @Activate
    public MigrationExtender(BundleContext context,
                             @Reference(target = "(osgi.jndi.service.name=cairn)") DataSource dataSource) {
        this.context = context;
        this.migrator = new SchemaMigrator(dataSource);
        this.fingerprints = new SchemaFingerprints(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        announcer.shutdown();
        announcer.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public Tracked addingBundle(Bundle bundle, BundleEvent event) {
        String changelog = bundle.getHeaders().get(CairnModule.MIGRATIONS_HEADER);
        if (changelog == null) {
            return null;
        }
        String module = bundle.getHeaders().get(CairnModule.HEADER);
        Tracked tracked = new Tracked(module == null ? bundle.getSymbolicName() : module, changelog.strip());
        byModule.put(tracked.module, tracked);
        worker.execute(() -> migrate(bundle, tracked));
        return tracked;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
        // STARTING -> ACTIVE needs nothing more
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
        byModule.remove(tracked.module, tracked);
        // after any announcement still queued for it
        worker.execute(() -> announcer.execute(tracked::withdraw));
    }

    @Override
    public Status status(String module) {
        Tracked tracked = byModule.get(module);
        return tracked == null ? Status.NONE : tracked.status;
    }

    @Override
    public Optional<String> failure(String module) {
        return Optional.ofNullable(byModule.get(module)).map(t -> t.failure);
    }

    private void migrate(Bundle bundle, Tracked tracked) {
        if (tracked.removed) {
            return;
        }
        long start = System.nanoTime();
        try {
            String fingerprint = SchemaFingerprints.of(bundle, tracked.changelog);
            Optional<List<String>> unchanged = fingerprints.unchanged(tracked.module, tracked.changelog, fingerprint);
            if (unchanged.isPresent()) {
                List<String> applied = unchanged.get();
                LOG.info("Schema of module '{}' is at change set {} (migration files unchanged, {} ms)",
                        tracked.module, applied.get(applied.size() - 1),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                announcer.execute(() -> tracked.publish(applied));
                return;
            }
            List<String> applied = migrator.migrate(bundle, tracked.changelog);
            fingerprints.record(tracked.module, fingerprint);
            LOG.info("Schema of module '{}' is at change set {} ({} applied, {} ms)", tracked.module,
                    applied.isEmpty() ? "-" : applied.get(applied.size() - 1), applied.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            announcer.execute(() -> tracked.publish(applied));
        } catch (Exception e) {
            LOG.error("Schema migration of module '{}' failed; the module stays unavailable", tracked.module, e);
            tracked.failed(e);
        }
    }

    final class Tracked implements ModuleSchema {
        private final String module;
        private final String changelog;
        private volatile List<String> applied = List.of();
        private ServiceRegistration<ModuleSchema> registration;
        private volatile boolean removed;
        private volatile Status status = Status.PENDING;
        private volatile String failure;

        Tracked(String module, String changelog) {
            this.module = module;
            this.changelog = changelog;
        }

        synchronized void publish(List<String> appliedChanges) {
            if (removed) {
                return;
            }
            this.applied = List.copyOf(appliedChanges);
            this.status = Status.READY;
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(CairnModule.MODULE_PROPERTY, module);
            registration = context.registerService(ModuleSchema.class, this, props);
        }

        void failed(Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            failure = "schema migration failed (" + changelog + "): " + root.getMessage() + "; see the server log";
            status = Status.FAILED;
        }

        synchronized void withdraw() {
            removed = true;
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the extender itself is stopping
                }
                registration = null;
            }
        }

        @Override
        public String module() {
            return module;
        }

        @Override
        public List<String> appliedChanges() {
            return applied;
        }
    }
}

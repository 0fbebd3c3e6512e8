package org.cairncrm.platform.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.ModuleInfo;
import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.ModuleState;
import org.cairncrm.platform.persistence.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Knows the installed Cairn modules: every bundle with a {@code Cairn-Module} header, in whatever state. */
@Component(service = ModuleRegistry.class, immediate = true)
public class BundleModuleRegistry implements ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(BundleModuleRegistry.class);

    private final Map<Long, Bundle> moduleBundles = new ConcurrentHashMap<>();
    private final BundleTracker<Bundle> tracker;

    @Activate
    public BundleModuleRegistry(BundleContext context) {
        int anyState = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        tracker = new BundleTracker<>(context, anyState, new BundleTrackerCustomizer<>() {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                String name = bundle.getHeaders().get(CairnModule.HEADER);
                if (name == null) {
                    return null;
                }
                moduleBundles.put(bundle.getBundleId(), bundle);
                return bundle;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
                if (event != null && (event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.STOPPED)) {
                    LOG.info("Module '{}' {} is {}", bundle.getHeaders().get(CairnModule.HEADER), bundle.getVersion(),
                            event.getType() == BundleEvent.STARTED ? "active" : "stopped");
                }
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
                moduleBundles.remove(bundle.getBundleId());
                LOG.info("Module '{}' {} is uninstalled", bundle.getHeaders().get(CairnModule.HEADER),
                        bundle.getVersion());
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SchemaMigrations migrations;

    @Override
    public List<ModuleInfo> modules() {
        return moduleBundles.values().stream()
                .filter(b -> b.getState() != Bundle.UNINSTALLED)
                .map(b -> describe(b, migrations))
                .sorted(Comparator.comparing(ModuleInfo::name).thenComparing(ModuleInfo::version))
                .toList();
    }

    @Override
    public Optional<ModuleInfo> module(String name) {
        return modules().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * A module is ACTIVE when its bundle is and, if it has migrations, its schema is ready: until then it is
     * STARTING, and FAILED when a migration failed.
     */
    static ModuleInfo describe(Bundle bundle, SchemaMigrations migrations) {
        String name = bundle.getHeaders().get(CairnModule.HEADER);
        String title = Optional.ofNullable(bundle.getHeaders().get(CairnModule.TITLE_HEADER))
                .or(() -> Optional.ofNullable(bundle.getHeaders().get("Bundle-Name")))
                .orElse(name);
        ModuleState state = state(bundle);
        String detail = "";
        if (state == ModuleState.ACTIVE && bundle.getHeaders().get(CairnModule.MIGRATIONS_HEADER) != null) {
            SchemaMigrations.Status schema = migrations == null ? SchemaMigrations.Status.PENDING
                    : migrations.status(name);
            if (schema == SchemaMigrations.Status.FAILED) {
                state = ModuleState.FAILED;
                detail = migrations.failure(name).orElse("schema migration failed");
            } else if (schema != SchemaMigrations.Status.READY) {
                state = ModuleState.STARTING;
                detail = "schema migrations pending";
            }
        } else if (state == ModuleState.INSTALLED) {
            detail = "cannot start: a package or service it needs is missing; see the server log";
        }
        return new ModuleInfo(name, title, bundle.getSymbolicName(), bundle.getVersion().toString(), state, detail);
    }

    static ModuleState state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> ModuleState.ACTIVE;
            case Bundle.STARTING -> ModuleState.STARTING;
            case Bundle.STOPPING -> ModuleState.STOPPING;
            case Bundle.RESOLVED -> ModuleState.RESOLVED;
            case Bundle.INSTALLED -> ModuleState.INSTALLED;
            default -> ModuleState.FAILED;
        };
    }
}

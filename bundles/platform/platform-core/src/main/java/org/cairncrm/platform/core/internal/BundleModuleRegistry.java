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
import org.cairncrm.platform.api.StartupWork;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
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
@Component(service = {ModuleRegistry.class, StartupWork.class}, immediate = true)
public class BundleModuleRegistry implements ModuleRegistry, StartupWork {

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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServiceComponentRuntime components;

    /** startup work under way, per module: what */
    private final Map<String, java.util.List<String>> working = new ConcurrentHashMap<>();

    @Override
    public Running begin(String module, String what) {
        working.computeIfAbsent(module, m -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(what);
        LOG.info("Module '{}': {} ...", module, what);
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
        long start = System.nanoTime();
        return () -> {
            if (open.getAndSet(false)) {
                working.getOrDefault(module, java.util.List.of()).remove(what);
                LOG.info("Module '{}': {} done in {} ms", module, what, (System.nanoTime() - start) / 1_000_000);
            }
        };
    }

    @Override
    public List<ModuleInfo> modules() {
        return moduleBundles.values().stream()
                .filter(b -> b.getState() != Bundle.UNINSTALLED)
                .map(b -> describe(b, migrations))
                .map(this::withComponentsAndWork)
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

    /**
     * An active module whose components still wait for a service or are being activated, or that runs startup work,
     * is still starting; one whose component failed to activate has failed.
     */
    private ModuleInfo withComponentsAndWork(ModuleInfo module) {
        if (module.state() != ModuleState.ACTIVE) {
            return module;
        }
        java.util.List<String> work = working.getOrDefault(module.name(), java.util.List.of());
        if (!work.isEmpty()) {
            return module.with(ModuleState.STARTING, String.join(", ", work));
        }
        ServiceComponentRuntime scr = components;
        Bundle bundle = moduleBundles.values().stream().filter(b -> b.getSymbolicName().equals(module.bundle()))
                .findFirst().orElse(null);
        if (scr == null || bundle == null) {
            return module;
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                switch (configuration.state) {
                    case ComponentConfigurationDTO.FAILED_ACTIVATION:
                        return module.with(ModuleState.FAILED, description.name + " failed to start: "
                                + configuration.failure);
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
                        String waiting = java.util.Arrays.stream(configuration.unsatisfiedReferences)
                                .map(r -> r.target == null ? r.name : r.name + " " + r.target)
                                .collect(java.util.stream.Collectors.joining(", "));
                        return module.with(ModuleState.STARTING, description.name + " waits for " + waiting);
                    case ComponentConfigurationDTO.SATISFIED:
                        // an immediate component is being activated: its constructor's work is not done yet
                        if (description.immediate) {
                            return module.with(ModuleState.STARTING, description.name + " is starting");
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        return module;
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

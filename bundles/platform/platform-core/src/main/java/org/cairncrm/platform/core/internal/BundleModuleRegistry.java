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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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

    @Override
    public List<ModuleInfo> modules() {
        return moduleBundles.values().stream()
                .filter(b -> b.getState() != Bundle.UNINSTALLED)
                .map(BundleModuleRegistry::describe)
                .sorted(Comparator.comparing(ModuleInfo::name).thenComparing(ModuleInfo::version))
                .toList();
    }

    @Override
    public Optional<ModuleInfo> module(String name) {
        return modules().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    static ModuleInfo describe(Bundle bundle) {
        String name = bundle.getHeaders().get(CairnModule.HEADER);
        String title = Optional.ofNullable(bundle.getHeaders().get(CairnModule.TITLE_HEADER))
                .or(() -> Optional.ofNullable(bundle.getHeaders().get("Bundle-Name")))
                .orElse(name);
        return new ModuleInfo(name, title, bundle.getSymbolicName(), bundle.getVersion().toString(), state(bundle));
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

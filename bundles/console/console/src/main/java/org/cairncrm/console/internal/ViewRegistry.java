package org.cairncrm.console.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.cairncrm.console.ViewContribution;
import org.cairncrm.platform.api.access.Identity;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * The views contributed now: routes are added to Vaadin's registry when a contribution appears and removed when it
 * goes, and every open shell hears of it (to rebuild its menu, or to leave a view that is gone).
 */
final class ViewRegistry implements ServiceTrackerCustomizer<ViewContribution, ViewContribution> {

    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);

    private final BundleContext context;
    private final Map<Object, ViewContribution> views = new ConcurrentHashMap<>();
    private final Set<Consumer<ViewContribution>> listeners = ConcurrentHashMap.newKeySet();
    private volatile ApplicationRouteRegistry routes;
    private volatile VaadinCaches caches;
    private ServiceTracker<ViewContribution, ViewContribution> tracker;

    ViewRegistry(BundleContext context) {
        this.context = context;
    }

    /** Starts serving the console's own views and the modules' contributions into the running application. */
    void open(VaadinContext vaadin, VaadinCaches caches, List<ViewContribution> own) {
        routes = ApplicationRouteRegistry.getInstance(vaadin);
        this.caches = caches;
        own.forEach(view -> add(view, view));
        if (context != null) {
            tracker = new ServiceTracker<>(context, ViewContribution.class, this);
            tracker.open();
        }
    }

    void close() {
        if (tracker != null) {
            tracker.close();
        }
        listeners.clear();
    }

    /** The views {@code identity} may open, in menu order. */
    List<ViewContribution> visibleTo(Identity identity) {
        List<ViewContribution> visible = new ArrayList<>();
        for (ViewContribution view : views.values()) {
            if (view.permission().map(identity::has).orElse(true)) {
                visible.add(view);
            }
        }
        visible.sort(Comparator.comparing(ViewContribution::menuGroup).thenComparingInt(ViewContribution::order)
                .thenComparing(ViewContribution::title));
        return visible;
    }

    Optional<ViewContribution> of(Class<?> viewClass) {
        return views.values().stream().filter(v -> v.viewClass() == viewClass).findFirst();
    }

    /** Tells {@code listener} of every view that comes or goes; returns how to stop listening. */
    Runnable listen(Consumer<ViewContribution> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public ViewContribution addingService(ServiceReference<ViewContribution> reference) {
        ViewContribution view = context.getService(reference);
        if (view != null) {
            add(reference, view);
        }
        return view;
    }

    @Override
    public void modifiedService(ServiceReference<ViewContribution> reference, ViewContribution view) {
        // routes do not change while a contribution lives
    }

    @Override
    public void removedService(ServiceReference<ViewContribution> reference, ViewContribution view) {
        remove(reference);
        context.ungetService(reference);
    }

    /** Withdraws the view contributed under {@code key}. */
    void remove(Object key) {
        ViewContribution view = views.remove(key);
        if (view == null) {
            return;
        }
        routes.update(() -> RouteConfiguration.forRegistry(routes).removeRoute(view.route()));
        LOG.info("Console view '{}' withdrawn from /{}", view.title(), view.route());
        listeners.forEach(l -> l.accept(view));
        // Vaadin caches what it learnt about component classes; the module's classes must not stay in memory
        forget(view.viewClass().getClassLoader());
    }

    /**
     * Makes Vaadin forget the classes of {@code loader}: done when a view is withdrawn, and again by each page that
     * showed it once it has left.
     */
    void forget(ClassLoader loader) {
        if (caches != null) {
            caches.forget(loader);
        }
    }

    /** Serves {@code view} under {@code key} (its service reference, or the view itself). */
    void add(Object key, ViewContribution view) {
        try {
            Class<? extends Component> type = view.viewClass();
            routes.update(() -> RouteConfiguration.forRegistry(routes).setRoute(view.route(), type,
                    MainLayout.class));
            views.put(key, view);
            LOG.info("Console view '{}' served at /{}", view.title(), view.route());
            listeners.forEach(l -> l.accept(view));
        } catch (RuntimeException e) {
            LOG.error("Console view '{}' not added: {}", view.title(), e.getMessage(), e);
        }
    }
}

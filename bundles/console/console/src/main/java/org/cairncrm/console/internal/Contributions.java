package org.cairncrm.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.cairncrm.console.DashboardCard;
import org.cairncrm.console.ListActionContribution;
import org.cairncrm.console.RecordTabContribution;
import org.cairncrm.console.SearchProvider;
import org.cairncrm.platform.api.access.Identity;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/** The dashboard cards, search providers, record tabs and list actions of the installed modules, as they come and go. */
final class Contributions {

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    final List<DashboardCard> cards = new CopyOnWriteArrayList<>();
    final List<SearchProvider> searches = new CopyOnWriteArrayList<>();
    final List<RecordTabContribution> tabs = new CopyOnWriteArrayList<>();
    final List<ListActionContribution> actions = new CopyOnWriteArrayList<>();

    Contributions(BundleContext context) {
        this.context = context;
    }

    void open() {
        if (context == null) {
            return;
        }
        track(DashboardCard.class, cards);
        track(SearchProvider.class, searches);
        track(RecordTabContribution.class, tabs);
        track(ListActionContribution.class, actions);
    }

    void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }

    List<DashboardCard> cardsFor(Identity identity) {
        List<DashboardCard> visible = new ArrayList<>(allowed(cards, DashboardCard::permission, identity));
        visible.sort(java.util.Comparator.comparingInt(DashboardCard::order).thenComparing(DashboardCard::title));
        return visible;
    }

    List<SearchProvider> searchesFor(Identity identity) {
        return allowed(searches, SearchProvider::permission, identity);
    }

    List<RecordTabContribution> tabsFor(String recordType, Identity identity) {
        return allowed(tabs, RecordTabContribution::permission, identity).stream()
                .filter(t -> t.recordType().equals(recordType)).toList();
    }

    List<ListActionContribution> actionsFor(String recordType, Identity identity) {
        return allowed(actions, ListActionContribution::permission, identity).stream()
                .filter(a -> a.recordType().equals(recordType)).toList();
    }

    private static <T> List<T> allowed(List<T> all, Function<T, Optional<String>> permission, Identity identity) {
        return all.stream().filter(c -> permission.apply(c).map(identity::has).orElse(true)).toList();
    }

    private <T> void track(Class<T> type, List<T> into) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, new ServiceTrackerCustomizer<T, T>() {
            @Override
            public T addingService(ServiceReference<T> reference) {
                T service = context.getService(reference);
                if (service != null) {
                    into.add(service);
                }
                return service;
            }

            @Override
            public void modifiedService(ServiceReference<T> reference, T service) {
                // nothing to redo
            }

            @Override
            public void removedService(ServiceReference<T> reference, T service) {
                into.remove(service);
                context.ungetService(reference);
            }
        });
        tracker.open();
        trackers.add(tracker);
    }
}

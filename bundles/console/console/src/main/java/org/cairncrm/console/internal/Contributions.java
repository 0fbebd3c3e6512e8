package org.cairncrm.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cairncrm.console.DashboardCard;
import org.cairncrm.console.HelpPage;
import org.cairncrm.console.ListActionContribution;
import org.cairncrm.console.NoticeProvider;
import org.cairncrm.console.RecordTabContribution;
import org.cairncrm.console.SearchProvider;
import org.cairncrm.platform.api.access.Identity;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/** The dashboard cards, search providers, notices, record tabs, list actions and help pages of the installed modules, as they come and go. */
final class Contributions {

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    final List<DashboardCard> cards = new CopyOnWriteArrayList<>();
    final List<SearchProvider> searches = new CopyOnWriteArrayList<>();
    final List<RecordTabContribution> tabs = new CopyOnWriteArrayList<>();
    final List<ListActionContribution> actions = new CopyOnWriteArrayList<>();
    final List<NoticeProvider> notices = new CopyOnWriteArrayList<>();
    final List<HelpPage> help = new CopyOnWriteArrayList<>();
    private final Set<Consumer<Change>> listeners = ConcurrentHashMap.newKeySet();

    /** A contribution that came ({@code added}) or went. */
    record Change(Object contribution, boolean added) {
    }

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
        track(NoticeProvider.class, notices);
        track(HelpPage.class, help);
    }

    void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
        listeners.clear();
    }

    /** Tells {@code listener} of every contribution that comes or goes; returns how to stop listening. */
    Runnable listen(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Offers {@code contribution} (one of the four lists) to the open pages. */
    <T> void add(List<T> into, T contribution) {
        into.add(contribution);
        listeners.forEach(l -> l.accept(new Change(contribution, true)));
    }

    /** Withdraws {@code contribution} from the open pages. */
    <T> void remove(List<T> from, T contribution) {
        if (from.remove(contribution)) {
            listeners.forEach(l -> l.accept(new Change(contribution, false)));
        }
    }

    List<DashboardCard> cardsFor(Identity identity) {
        List<DashboardCard> visible = new ArrayList<>(allowed(cards, DashboardCard::permission, identity));
        visible.sort(java.util.Comparator.comparingInt(DashboardCard::order).thenComparing(DashboardCard::title));
        return visible;
    }

    /** The help pages {@code identity} may read, in their order. */
    List<HelpPage> helpFor(Identity identity) {
        List<HelpPage> visible = new ArrayList<>(allowed(help, HelpPage::permission, identity));
        visible.sort(java.util.Comparator.comparingInt(HelpPage::order).thenComparing(HelpPage::id));
        return visible;
    }

    List<NoticeProvider> noticesFor(Identity identity) {
        return allowed(notices, NoticeProvider::permission, identity);
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
                    add(into, service);
                }
                return service;
            }

            @Override
            public void modifiedService(ServiceReference<T> reference, T service) {
                // nothing to redo
            }

            @Override
            public void removedService(ServiceReference<T> reference, T service) {
                remove(into, service);
                context.ungetService(reference);
            }
        });
        tracker.open();
        trackers.add(tracker);
    }
}

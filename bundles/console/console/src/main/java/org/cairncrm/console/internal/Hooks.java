package org.cairncrm.console.internal;

import java.util.List;
import java.util.function.Supplier;

import org.cairncrm.console.ListActionContribution;
import org.cairncrm.platform.api.access.Access;

/** What the exported building blocks need from the running console; not an API. */
public final class Hooks {

    private Hooks() {
    }

    /** The list actions for {@code recordType} the signed-in user may use. */
    public static List<ListActionContribution> actions(String recordType) {
        return SignedIn.identity().flatMap(identity -> ConsoleServices.running()
                        .map(services -> services.contributions().actionsFor(recordType, identity)))
                .orElse(List.of());
    }

    /** The global search's providers the signed-in user may use. */
    public static List<org.cairncrm.console.SearchProvider> searches() {
        return SignedIn.identity().flatMap(identity -> ConsoleServices.running()
                        .map(services -> services.contributions().searchesFor(identity)))
                .orElse(List.of());
    }

    /** The record-card tabs for {@code recordType} the signed-in user may see. */
    public static List<org.cairncrm.console.RecordTabContribution> tabs(String recordType) {
        return SignedIn.identity().flatMap(identity -> ConsoleServices.running()
                        .map(services -> services.contributions().tabsFor(recordType, identity)))
                .orElse(List.of());
    }

    /**
     * Runs {@code refresh} in {@code component}'s page each time a module's contribution comes or goes while the
     * component is shown, so that open pages follow installs and uninstalls without a reload.
     */
    public static void followContributions(com.vaadin.flow.component.Component component, Runnable refresh) {
        component.addAttachListener(attach -> {
            com.vaadin.flow.component.UI ui = attach.getUI();
            Runnable stop = ConsoleServices.running().map(services -> services.contributions().listen(change -> {
                try {
                    ui.access(() -> {
                        refresh.run();
                        if (!change.added()) {
                            // the removed module's components have left this page
                            services.views().forget(change.contribution().getClass().getClassLoader());
                        }
                    });
                } catch (com.vaadin.flow.component.UIDetachedException closed) {
                    // the page is gone; its detach stops this listener
                }
            })).orElse(() -> { });
            component.addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
    }

    /** The platform's history service, if running. */
    public static java.util.Optional<org.cairncrm.platform.api.history.RecordHistory> history() {
        return ConsoleServices.running().flatMap(ConsoleServices::history);
    }

    /** A text of the shell in the session's language. */
    public static String text(String key) {
        return Texts.get(key);
    }

    /** The signed-in user's date format (setting {@code ui.dateFormat}, theirs or the company's), ISO when unknown. */
    public static String dateFormat() {
        try {
            return ConsoleServices.running().map(services -> asCaller(() -> services.settings()
                    .effective("ui.dateFormat"))).filter(f -> !f.isBlank()).orElse("yyyy-MM-dd");
        } catch (RuntimeException notDeclared) {
            return "yyyy-MM-dd";
        }
    }

    /** Runs {@code work} as the signed-in user (for code that checks permissions or stamps records). */
    public static <T> T asCaller(Supplier<T> work) {
        return SignedIn.identity().map(identity -> Access.runAs(identity, work)).orElseGet(work);
    }
}

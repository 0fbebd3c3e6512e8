package org.cairncrm.journal.ui.internal;

import java.util.Optional;

import org.cairncrm.console.ViewContribution;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The journal views in the console, one contribution each. */
final class JournalViews {

    private JournalViews() {
    }

    /** One view of the module; each waits for the journal services its view needs. */
    abstract static class Contribution implements ViewContribution {
        private final String route;
        private final String titleKey;
        private final String icon;
        private final String permission;
        private final Class<? extends com.vaadin.flow.component.Component> view;
        private final int order;
        private final boolean inMenu;

        Contribution(String route, String titleKey, String icon, String permission,
                     Class<? extends com.vaadin.flow.component.Component> view, int order, boolean inMenu) {
            this.route = route;
            this.titleKey = titleKey;
            this.icon = icon;
            this.permission = permission;
            this.view = view;
            this.order = order;
            this.inMenu = inMenu;
        }

        @Override
        public String route() {
            return route;
        }

        @Override
        public String title() {
            return JournalConsole.TEXTS.get(titleKey);
        }

        @Override
        public String menuGroup() {
            return JournalConsole.TEXTS.get("menu.group");
        }

        @Override
        public String icon() {
            return icon;
        }

        @Override
        public Optional<String> permission() {
            return Optional.of(permission);
        }

        @Override
        public Class<? extends com.vaadin.flow.component.Component> viewClass() {
            return view;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public boolean inMenu() {
            return inMenu;
        }
    }

    @Component(service = ViewContribution.class)
    public static class NextActionsContribution extends Contribution {
        @Activate
        public NextActionsContribution(@Reference JournalConsole services) {
            super("journal/next-actions", "next.title", "ALARM", Journal.READ, NextActionsView.class, 10, true);
        }
    }

    @Component(service = ViewContribution.class)
    public static class CasesContribution extends Contribution {
        @Activate
        public CasesContribution(@Reference JournalConsole services) {
            super("journal/cases", "cases.title", "NOTEBOOK", Journal.READ, CasesView.class, 20, true);
        }
    }

    @Component(service = ViewContribution.class)
    public static class CaseCardContribution extends Contribution {
        @Activate
        public CaseCardContribution(@Reference JournalConsole services) {
            super("journal/cases/:id", "case.title", "NOTEBOOK", Journal.READ, CaseCardView.class, 21, false);
        }
    }

    @Component(service = ViewContribution.class)
    public static class PipelineContribution extends Contribution {
        @Activate
        public PipelineContribution(@Reference JournalConsole services) {
            super("journal/pipeline", "pipeline.title", "FLIP_H", Journal.READ, PipelineView.class, 30, true);
        }
    }

    @Component(service = ViewContribution.class)
    public static class SettingsContribution extends Contribution {
        @Activate
        public SettingsContribution(@Reference JournalConsole services) {
            super("journal/settings", "settings.title", "COG", JournalSettings.MANAGE, SettingsView.class, 40,
                    true);
        }
    }
}

package org.cairncrm.journal.ui.internal;

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

    /** One view of the module, with the module's texts. */
    abstract static class Contribution extends org.cairncrm.console.ModuleView {
        Contribution(String route, String titleKey, String icon, String permission,
                     Class<? extends com.vaadin.flow.component.Component> view, int order, boolean inMenu) {
            super(JournalConsole.TEXTS, route, titleKey, icon, permission, view, order, inMenu);
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

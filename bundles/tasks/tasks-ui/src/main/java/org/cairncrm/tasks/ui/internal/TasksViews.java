package org.cairncrm.tasks.ui.internal;

import java.util.Optional;

import org.cairncrm.console.ViewContribution;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tasks views in the console, one contribution each. */
final class TasksViews {

    private TasksViews() {
    }

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
            return TasksConsole.TEXTS.get(titleKey);
        }

        @Override
        public String menuGroup() {
            return TasksConsole.TEXTS.get("menu.group");
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
    public static class MyTasks extends Contribution {
        @Activate
        public MyTasks(@Reference TasksConsole services) {
            super("tasks/mine", "mine.title", "TASKS", Tasks.READ, MyTasksView.class, 10, true);
        }
    }

    @Component(service = ViewContribution.class)
    public static class Board extends Contribution {
        @Activate
        public Board(@Reference TasksConsole services) {
            super("tasks/topics", "board.title", "CLIPBOARD_CHECK", Tasks.READ, TopicBoardView.class, 20, true);
        }
    }

    @Component(service = ViewContribution.class)
    public static class Card extends Contribution {
        @Activate
        public Card(@Reference TasksConsole services) {
            super("tasks/tasks/:id", "task.title", "TASKS", Tasks.READ, TaskCardView.class, 21, false);
        }
    }

    @Component(service = ViewContribution.class)
    public static class Escalations extends Contribution {
        @Activate
        public Escalations(@Reference TasksConsole services) {
            super("tasks/escalations", "alerts.title", "WARNING", Tasks.READ, EscalationsView.class, 30, true);
        }
    }

    @Component(service = ViewContribution.class)
    public static class DelegationAdmin extends Contribution {
        @Activate
        public DelegationAdmin(@Reference TasksConsole services) {
            super("tasks/delegations", "delegations.title", "EXCHANGE", Tasks.MANAGE, DelegationsView.class, 40,
                    true);
        }
    }

    @Component(service = ViewContribution.class)
    public static class WorkloadContribution extends Contribution {
        @Activate
        public WorkloadContribution(@Reference TasksConsole services) {
            super("tasks/workload", "workload.title", "CHART", Tasks.MANAGE, WorkloadView.class, 50, true);
        }
    }
}

package org.cairncrm.tasks.ui.internal;

import org.cairncrm.console.ViewContribution;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tasks views in the console, one contribution each. */
final class TasksViews {

    private TasksViews() {
    }

    /** One view of the module, with the module's texts. */
    abstract static class Contribution extends org.cairncrm.console.ModuleView {
        Contribution(String route, String titleKey, String icon, String permission,
                     Class<? extends com.vaadin.flow.component.Component> view, int order, boolean inMenu) {
            super(TasksConsole.TEXTS, route, titleKey, icon, permission, view, order, inMenu);
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

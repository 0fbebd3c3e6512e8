package org.cairncrm.tasks.ui.internal;

import org.cairncrm.console.HelpPage;
import org.cairncrm.console.ModuleHelp;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's page of the console's user's guide: {@code tasks/help.md}, {@code tasks/help_pl.md}. */
@Component(service = HelpPage.class)
public class TasksHelp extends ModuleHelp {

    @Activate
    public TasksHelp(@Reference TasksConsole services) {
        super(TasksConsole.TEXTS, "tasks", "menu.group", Tasks.READ, "tasks/help", 30);
    }
}

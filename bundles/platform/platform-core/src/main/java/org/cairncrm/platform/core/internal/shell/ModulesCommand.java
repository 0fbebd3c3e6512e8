package org.cairncrm.platform.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cairncrm.platform.api.ModuleInfo;
import org.cairncrm.platform.api.ModuleRegistry;

@Command(scope = "cairn", name = "modules", description = "Lists the installed Cairn modules with version and state")
@Service
public class ModulesCommand implements Action {

    @Reference
    private ModuleRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Version");
        table.column("State");
        table.column("Bundle");
        table.column("Title");
        table.column("Detail");
        for (ModuleInfo m : registry.modules()) {
            table.addRow().addContent(m.name(), m.version(), m.state(), m.bundle(), m.title(), m.detail());
        }
        table.print(System.out);
        return null;
    }
}

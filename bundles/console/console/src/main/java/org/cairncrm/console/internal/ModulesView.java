package org.cairncrm.console.internal;

import org.cairncrm.platform.api.ModuleInfo;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Administration: the installed modules with version and state. */
public class ModulesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public ModulesView() {
        setSizeFull();
        add(new H2(Texts.get("modules.title")));
        Grid<ModuleInfo> grid = new Grid<>();
        grid.setId("modules");
        grid.addColumn(ModuleInfo::name).setHeader(Texts.get("modules.name"));
        grid.addColumn(ModuleInfo::version).setHeader(Texts.get("modules.version"));
        grid.addColumn(m -> m.state().name()).setHeader(Texts.get("modules.state"));
        grid.addColumn(ModuleInfo::bundle).setHeader(Texts.get("modules.bundle"));
        grid.addColumn(ModuleInfo::detail).setHeader(Texts.get("modules.detail"));
        grid.setItems(ConsoleServices.get().modules().modules());
        add(grid);
    }
}

package org.cairncrm.console.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.cairncrm.console.RecordList;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.GrantData;
import org.cairncrm.platform.people.RoleData;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Administration: roles with their keys, scopes and lines, and to whom the selected role is granted. */
public class RolesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public RolesView() {
        setSizeFull();
        add(new H2(Texts.get("roles.title")));
        RecordList<RoleData> list = new RecordList<>(ConsoleServices.get().roles()::list);
        list.setId("roles");
        list.addColumn("name", Texts.get("roles.name"), RoleData::name);
        list.addColumn("label", Texts.get("roles.label"), RoleData::label);
        list.addPlainColumn(Texts.get("roles.permissions"), r -> String.join(", ", r.permissions()));
        list.addPlainColumn(Texts.get("roles.scopes"), r -> r.scopes().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        list.addPlainColumn(Texts.get("roles.lines"), r -> r.linesOfBusiness().isEmpty() ? Texts.get("roles.allLines")
                : String.join(", ", r.linesOfBusiness()));
        Grid<GrantData> grants = new Grid<>();
        grants.setId("grants");
        grants.addColumn(g -> g.account() != null ? g.account() : g.group()).setHeader(Texts.get("roles.grantee"));
        grants.addColumn(g -> g.account() != null ? Texts.get("roles.account") : Texts.get("roles.group"))
                .setHeader(Texts.get("roles.kind"));
        list.grid().addItemClickListener(click -> grants.setItems(ConsoleServices.get().roles()
                .grants(new PageRequest(0, PageRequest.MAX_SIZE, List.of(), List.of(), java.util.Optional.empty()),
                        click.getItem().id(), null, null).items()));
        add(list, new H3(Texts.get("roles.grants")), grants);
        setFlexGrow(2, list);
        setFlexGrow(1, grants);
    }
}

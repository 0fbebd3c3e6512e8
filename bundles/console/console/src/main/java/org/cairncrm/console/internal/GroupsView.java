package org.cairncrm.console.internal;

import org.cairncrm.console.RecordList;
import org.cairncrm.platform.people.GroupData;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Administration: employee groups (departments, teams, ad-hoc). */
public class GroupsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public GroupsView() {
        setSizeFull();
        add(new H2(Texts.get("groups.title")));
        RecordList<GroupData> list = new RecordList<>(ConsoleServices.get().groups()::list);
        list.setId("groups");
        list.addColumn("name", Texts.get("groups.name"), GroupData::name);
        list.addColumn("kind", Texts.get("groups.kind"), g -> g.kind().name());
        list.addPlainColumn(Texts.get("groups.members"), g -> g.memberIds().size());
        list.addPlainColumn(Texts.get("groups.description"), GroupData::description);
        add(list);
        expand(list);
    }
}

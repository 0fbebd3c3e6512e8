package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.cairncrm.console.RecordList;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;

/** "Add to group" and "Remove from group" on the marked rows of a companies or representatives list. */
final class GroupActions {

    private GroupActions() {
    }

    /** The groups of {@code kind}, by name. */
    static List<ContactGroupData> groups(GroupKind kind) {
        return ContactsConsole.get().groups.list(new PageRequest(0, PageRequest.MAX_SIZE, List.of(Sort.asc("name")),
                List.of(Filter.eq("kind", kind.name())), Optional.empty())).items();
    }

    static <T> void offer(RecordList<T> list, GroupKind kind, Function<T, Long> id) {
        list.addAction(TEXTS.get("groups.addMarked"), l -> ask(l, kind, id, true)).setId("add-to-group");
        list.addAction(TEXTS.get("groups.removeMarked"), l -> ask(l, kind, id, false)).setId("remove-from-group");
    }

    private static <T> void ask(RecordList<T> list, GroupKind kind, Function<T, Long> id, boolean add) {
        List<Long> marked = list.markedRows().stream().map(id).toList();
        if (marked.isEmpty()) {
            Notification.show(TEXTS.get("groups.markFirst"));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("group-choice");
        dialog.setHeaderTitle(TEXTS.get(add ? "groups.addMarked" : "groups.removeMarked") + " (" + marked.size()
                + ")");
        ComboBox<ContactGroupData> group = new ComboBox<>(TEXTS.get("groups.group"), groups(kind));
        group.setItemLabelGenerator(ContactGroupData::name);
        group.setId("group-choice-box");
        group.setWidthFull();
        Button go = new Button(TEXTS.get(add ? "groups.add" : "groups.remove"), e -> {
            if (group.getValue() == null) {
                group.setInvalid(true);
                group.setErrorMessage(TEXTS.get("groups.chooseOne"));
                return;
            }
            try {
                long groupId = group.getValue().id();
                int done = add ? ContactsConsole.get().groups.add(groupId, marked)
                        : ContactsConsole.get().groups.remove(groupId, marked);
                dialog.close();
                Notification.show(TEXTS.get(add ? "groups.added" : "groups.removed", done, group.getValue().name()));
                list.refresh();
            } catch (ValidationException refused) {
                Notification.show(refused.getMessage());
            }
        });
        go.setId("group-choice-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(group);
        dialog.getFooter().add(new Button(TEXTS.get("cancel"), e -> dialog.close()), go);
        dialog.open();
    }
}

package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.List;
import java.util.function.Function;

import org.cairncrm.console.RecordList;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.api.records.SavedFilterData;
import org.cairncrm.platform.api.records.SelectionData;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Selections from marked rows, and saved searches, for the contacts lists. */
final class ListTools {

    private ListTools() {
    }

    /** A download of the records the list shows now (its search, filters and sort), made by {@code export}. */
    static com.vaadin.flow.component.html.Anchor download(RecordList<?> list, String id, String label, String file,
                                                         String type, Function<PageRequest, byte[]> export) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(download -> {
                    PageRequest[] now = new PageRequest[1];
                    ui.accessSynchronously(() -> now[0] = list.matching());
                    byte[] content = export.apply(now[0]);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(content), file, type, content.length);
                }), label);
        link.setId(id);
        return link;
    }

    /** "Save as selection": the marked rows become a named set that email, labels and reports can take. */
    static <T> void offerSelection(RecordList<T> list, String recordType, Function<T, Long> id) {
        list.addAction(TEXTS.get("selection.save"), l -> {
            List<Long> marked = l.markedRows().stream().map(id).toList();
            if (marked.isEmpty()) {
                Notification.show(TEXTS.get("groups.markFirst"));
                return;
            }
            named(TEXTS.get("selection.save") + " (" + marked.size() + ")", (name, shared) ->
                    ContactsConsole.get().selections.create(new SelectionData(null, name, recordType, shared, null,
                            null, null, marked)), TEXTS.get("selection.saved"));
        }).setId("save-selection");
    }

    /** The saved searches of the list to apply, and the current one to save. */
    static <T> HorizontalLayout savedSearches(RecordList<T> list, String listKey) {
        ComboBox<SavedFilterData> saved = new ComboBox<>(TEXTS.get("search.saved"));
        saved.setId("saved-searches");
        saved.setItemLabelGenerator(f -> f.name() + (Boolean.TRUE.equals(f.shared()) ? " \u2022 " + f.owner() : ""));
        Runnable reload = () -> saved.setItems(ContactsConsole.get().savedFilters.forList(listKey));
        reload.run();
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                SavedFilterData f = e.getValue();
                list.applySaved(f.name(), f.query(), PageRequest.parse(null, null, null, f.filters(), null)
                        .filters());
            }
        });
        Button save = new Button(TEXTS.get("search.save"), e -> named(TEXTS.get("search.save"), (name, shared) -> {
            PageRequest now = list.matching();
            ContactsConsole.get().savedFilters.save(new SavedFilterData(null, name, listKey, now.query().orElse(null),
                    now.filters().stream().filter(f -> !f.field().equals("archived")).map(Filter::toString).toList(),
                    now.sort().stream().map(Sort::toString).reduce((a, b) -> a + "," + b).orElse(null), shared,
                    null));
            reload.run();
        }, TEXTS.get("search.savedDone")));
        save.setId("save-search");
        HorizontalLayout bar = new HorizontalLayout(saved, save);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    /** Asks for a name and whether to share, then does {@code work}; field errors show at the name. */
    private static void named(String title, java.util.function.BiConsumer<String, Boolean> work, String done) {
        Dialog dialog = new Dialog();
        dialog.setId("name-dialog");
        dialog.setHeaderTitle(title);
        TextField name = new TextField(TEXTS.get("groups.name"));
        name.setId("saved-name");
        name.setWidthFull();
        Checkbox shared = new Checkbox(TEXTS.get("selection.shared"));
        shared.setId("saved-shared");
        Button go = new Button(TEXTS.get("save"), e -> {
            try {
                work.accept(name.getValue(), shared.getValue());
                dialog.close();
                Notification.show(done);
            } catch (ValidationException refused) {
                name.setInvalid(true);
                name.setErrorMessage(refused.fieldErrors().isEmpty() ? refused.getMessage()
                        : refused.fieldErrors().get(0).message());
            }
        });
        go.setId("saved-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, shared));
        dialog.getFooter().add(new Button(TEXTS.get("cancel"), e -> dialog.close()), go);
        dialog.open();
    }
}

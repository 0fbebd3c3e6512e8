package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.cairncrm.console.RecordList;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/** Every representative the user may see, with where they work now; marked people go into groups. */
public class RepresentativesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public RepresentativesView() {
        ContactsConsole services = ContactsConsole.get();
        setSizeFull();
        setId("representatives-view");
        add(new H2(TEXTS.get("representatives.title")));
        RecordList<RepresentativeData> list = new RecordList<>(services.representatives::list);
        list.setId("representatives");
        list.addColumn("lastName", TEXTS.get("representative.lastName"), RepresentativeData::lastName);
        list.addColumn("firstName", TEXTS.get("representative.firstName"), RepresentativeData::firstName);
        list.addColumn("title", TEXTS.get("representative.title"), RepresentativeData::title);
        list.addPlainColumn(TEXTS.get("representative.worksAt"), RepresentativesView::worksAt).setFlexGrow(3);
        list.addPlainColumn(TEXTS.get("employment.phone"), RepresentativesView::phone);
        list.addPlainColumn(TEXTS.get("employment.email"), RepresentativesView::email);
        list.addTextFilter("lastName", TEXTS.get("representative.lastName"));
        list.enableContributedActions(Representatives.TYPE, r -> new RecordRef(Representatives.TYPE, r.id()));
        if (Access.has(ContactGroups.MANAGE)) {
            GroupActions.offer(list, GroupKind.REPRESENTATIVES, RepresentativeData::id);
        }
        ListTools.offerSelection(list, Representatives.TYPE, RepresentativeData::id);
        list.grid().addItemClickListener(click -> UI.getCurrent().navigate(RepresentativeCardView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        if (Access.has(Representatives.CREATE)) {
            Button create = new Button(TEXTS.get("representatives.new"), e -> UI.getCurrent().navigate(
                    RepresentativeCardView.class, new RouteParameters("id", RepresentativeCardView.NEW)));
            create.setId("new-representative");
            add(create);
        }
        com.vaadin.flow.component.orderedlayout.HorizontalLayout tools = ListTools.savedSearches(list,
                Representatives.TYPE);
        tools.add(ListTools.download(list, "export-vcards", TEXTS.get("vcards.export"), "representatives.vcf",
                "text/vcard", request -> services.representatives.exportVCards(request, "3.0")));
        if (Access.has(org.cairncrm.contacts.RepresentativeImports.IMPORT)
                && Access.has(Representatives.CREATE)) {
            Button importCards = new Button(TEXTS.get("vcards.import"), e -> new VCardImportDialog(list::refresh)
                    .open());
            importCards.setId("import-vcards");
            tools.add(importCards);
        }
        add(tools, list);
        expand(list);
    }

    /** The companies the person works at today, main contact marked. */
    static String worksAt(RepresentativeData person) {
        LocalDate today = LocalDate.now();
        return person.employments().stream().filter(e -> e.currentOn(today))
                .map(e -> (e.companyName() == null ? "#" + e.companyId() : e.companyName())
                        + (Boolean.TRUE.equals(e.mainContact()) ? " \u2605" : ""))
                .collect(Collectors.joining(", "));
    }

    static String phone(RepresentativeData person) {
        return person.employments().stream().map(EmploymentData::phone).filter(p -> p != null && !p.isBlank())
                .findFirst().orElse(person.phones().isEmpty() ? "" : person.phones().get(0));
    }

    static String email(RepresentativeData person) {
        return person.employments().stream().map(EmploymentData::email).filter(p -> p != null && !p.isBlank())
                .findFirst().orElse(person.emails().isEmpty() ? "" : person.emails().get(0));
    }
}

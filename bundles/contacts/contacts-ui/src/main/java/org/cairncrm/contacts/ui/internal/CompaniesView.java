package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.RecordList;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;

/**
 * The companies the user may see: quick search (name, code, city, phone, e-mail, tax id, diacritics ignored),
 * filters by status, category, industry, area, city and group, marking rows to put into a group.
 * {@code ?group=<id>} opens it filtered by that group.
 */
public class CompaniesView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final RecordList<CompanyData> list;
    private final ComboBox<String> groupFilter;

    public CompaniesView() {
        ContactsConsole services = ContactsConsole.get();
        setSizeFull();
        setId("companies-view");
        add(new H2(TEXTS.get("companies.title")));
        Map<String, String> statuses = services.labels(DictionaryKind.STATUS);
        Map<String, String> categories = services.labels(DictionaryKind.CATEGORY);
        Map<String, String> industries = services.labels(DictionaryKind.INDUSTRY);
        Map<String, String> areas = services.labels(DictionaryKind.AREA);

        list = new RecordList<>(services.companies::list);
        list.setId("companies");
        list.addColumn("name", TEXTS.get("company.name"), CompanyData::name).setWidth("20em").setFlexGrow(2);
        list.addColumn("shortCode", TEXTS.get("company.shortCode"), CompanyData::shortCode);
        list.addPlainColumn(TEXTS.get("company.city"), CompaniesView::city);
        list.addColumn("status", TEXTS.get("company.status"), c -> label(statuses, c.status()));
        list.addColumn("category", TEXTS.get("company.category"), c -> label(categories, c.category()));
        list.addColumn("industry", TEXTS.get("company.industry"), c -> label(industries, c.industry()));
        list.addPlainColumn(TEXTS.get("company.phone"), c -> c.phones().isEmpty() ? "" : c.phones().get(0));
        choice(list, "status", TEXTS.get("company.status"), statuses);
        choice(list, "category", TEXTS.get("company.category"), categories);
        choice(list, "industry", TEXTS.get("company.industry"), industries);
        choice(list, "area", TEXTS.get("company.area"), areas);
        list.addTextFilter("city", TEXTS.get("company.city"));
        Map<String, String> groups = new LinkedHashMap<>();
        if (Access.has(ContactGroups.READ)) {
            GroupActions.groups(GroupKind.COMPANIES).forEach(g -> groups.put(String.valueOf(g.id()), g.name()));
        }
        groupFilter = groups.isEmpty() ? null : choice(list, "group", TEXTS.get("groups.group"), groups);
        customFieldFilter(list, services.fields.definitions(org.cairncrm.contacts.FieldTarget.COMPANY));
        if (Access.has(org.cairncrm.contacts.Deletions.APPROVE)) {
            list.addChoiceFilter("archived", TEXTS.get("deletion.archive"), List.of("true"))
                    .setItemLabelGenerator(v -> TEXTS.get("deletion.archivedOnly"));
        }
        list.enableContributedActions(Companies.TYPE, c -> new RecordRef(Companies.TYPE, c.id()));
        if (Access.has(ContactGroups.MANAGE)) {
            GroupActions.offer(list, GroupKind.COMPANIES, CompanyData::id);
        }
        ListTools.offerSelection(list, Companies.TYPE, CompanyData::id);
        list.grid().addItemClickListener(click -> UI.getCurrent().navigate(CompanyCardView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        if (Access.has(Companies.CREATE)) {
            Button create = new Button(TEXTS.get("companies.new"), e -> UI.getCurrent().navigate(
                    CompanyCardView.class, new RouteParameters("id", CompanyCardView.NEW)));
            create.setId("new-company");
            add(create);
        }
        com.vaadin.flow.component.orderedlayout.HorizontalLayout tools = ListTools.savedSearches(list, Companies.TYPE);
        if (Access.has(Companies.EXPORT)) {
            tools.add(ListTools.download(list, "export-companies", TEXTS.get("companies.export"), "companies.csv",
                    "text/csv", services.companies::exportCsv));
            tools.add(ListTools.download(list, "export-companies-xlsx", TEXTS.get("companies.exportXlsx"),
                    "companies.xlsx", org.cairncrm.platform.api.sheets.Sheets.XLSX, services.companies::exportXlsx));
        }
        add(tools, list);
        expand(list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> group = event.getLocation().getQueryParameters().getParameters().getOrDefault("group",
                List.of());
        if (!group.isEmpty() && groupFilter != null) {
            groupFilter.setValue(group.get(0));
        }
    }

    /** Any custom field compared to a value: text fields contain it, the others equal it. */
    static <T> void customFieldFilter(RecordList<T> list, List<org.cairncrm.contacts.FieldDefinition> fields) {
        if (fields.isEmpty()) {
            return;
        }
        ComboBox<org.cairncrm.contacts.FieldDefinition> field = new ComboBox<>(TEXTS.get("fields.filter"), fields);
        field.setItemLabelGenerator(org.cairncrm.contacts.FieldDefinition::label);
        field.setClearButtonVisible(true);
        field.setId("filter-custom-field");
        com.vaadin.flow.component.textfield.TextField value = new com.vaadin.flow.component.textfield.TextField(
                TEXTS.get("fields.filterValue"));
        value.setId("filter-custom-value");
        value.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        list.addFilter("custom-field", () -> java.util.Optional.ofNullable(field.getValue())
                .filter(f -> !value.getValue().isBlank())
                .map(f -> new org.cairncrm.platform.api.paging.Filter("field." + f.name(),
                        f.kind() == org.cairncrm.contacts.FieldKind.TEXT
                                ? org.cairncrm.platform.api.paging.Filter.Op.LIKE
                                : org.cairncrm.platform.api.paging.Filter.Op.EQ, value.getValue().strip())), field,
                value);
        field.addValueChangeListener(e -> list.refresh());
        value.addValueChangeListener(e -> list.refresh());
    }

    static String city(CompanyData company) {
        return Optional.ofNullable(company.registeredAddress().city())
                .orElse(Optional.ofNullable(company.correspondenceAddress().city()).orElse(""));
    }

    static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static ComboBox<String> choice(RecordList<CompanyData> list, String field, String label,
                                           Map<String, String> labels) {
        ComboBox<String> box = list.addChoiceFilter(field, label, List.copyOf(labels.keySet()));
        box.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        return box;
    }
}

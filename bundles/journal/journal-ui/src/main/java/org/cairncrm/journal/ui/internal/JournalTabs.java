package org.cairncrm.journal.ui.internal;

import static org.cairncrm.journal.ui.internal.JournalConsole.TEXTS;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.cairncrm.console.RecordTabContribution;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalEntry;
import org.cairncrm.journal.JournalQuery;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.api.paging.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/** The "Journal" tab of company and representative cards; it goes when the journal is uninstalled. */
final class JournalTabs {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private JournalTabs() {
    }

    /** The journal tab of one kind of card. */
    abstract static class Tab extends org.cairncrm.console.ContributedTab {
        Tab(String recordType) {
            super(recordType, () -> TEXTS.get("tab.label"), Journal.READ);
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTabContribution.class)
    public static class CompanyTab extends Tab {
        @Activate
        public CompanyTab(@Reference JournalConsole services) {
            super(Companies.TYPE);
        }

        @Override
        public Component create(RecordRef record) {
            return new JournalTab(record.id(), null);
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTabContribution.class)
    public static class RepresentativeTab extends Tab {
        @Activate
        public RepresentativeTab(@Reference JournalConsole services) {
            super(Representatives.TYPE);
        }

        @Override
        public Component create(RecordRef record) {
            return new JournalTab(null, record.id());
        }
    }

    /** A customer's journal, newest first, with its filters; a company's can be printed. */
    static final class JournalTab extends VerticalLayout {
        private static final long serialVersionUID = 1L;

        private final Long companyId;
        private final Long representativeId;
        private final Checkbox outstanding = new Checkbox(TEXTS.get("tab.outstanding"));
        private final ComboBox<String> type = new ComboBox<>(TEXTS.get("case.type"));
        private final ComboBox<EmployeeData> employee = new ComboBox<>(TEXTS.get("tab.employee"));
        private final DatePicker from = org.cairncrm.console.DateFields.date(TEXTS.get("tab.from"));
        private final DatePicker to = org.cairncrm.console.DateFields.date(TEXTS.get("tab.to"));
        private final Grid<JournalEntry> grid = new Grid<>();

        JournalTab(Long companyId, Long representativeId) {
            this.companyId = companyId;
            this.representativeId = representativeId;
            setId("journal-tab");
            setSizeFull();
            JournalConsole services = JournalConsole.get();
            var types = services.labels(Kind.TYPE, null);
            outstanding.setId("journal-outstanding");
            type.setItems(types.keySet());
            type.setItemLabelGenerator(c -> types.getOrDefault(c, c));
            type.setClearButtonVisible(true);
            type.setId("journal-type");
            employee.setItems(services.employees.list(new PageRequest(0, PageRequest.MAX_SIZE, List.of(), List.of(),
                    Optional.empty())).items());
            employee.setItemLabelGenerator(e -> e.fullName());
            employee.setClearButtonVisible(true);
            employee.setId("journal-employee");
            from.setId("journal-from");
            to.setId("journal-to");
            from.setWidth("10em");
            to.setWidth("10em");
            type.setWidth("12em");
            employee.setWidth("14em");
            List<com.vaadin.flow.component.HasValue<?, ?>> inputs = List.of(outstanding, type, employee, from, to);
            inputs.forEach(field -> field.addValueChangeListener(e -> refresh()));
            HorizontalLayout filters = new HorizontalLayout(outstanding, type, employee, from, to);
            filters.setAlignItems(FlexComponent.Alignment.BASELINE);
            filters.setWrap(true);
            HorizontalLayout actions = new HorizontalLayout();
            if (companyId != null && Access.has(Journal.CREATE)) {
                Button create = new Button(TEXTS.get("cases.new"), e -> UI.getCurrent().navigate(CaseCardView.class,
                        new RouteParameters("id", CaseCardView.NEW + "-for-" + companyId)));
                create.setId("journal-new-case");
                actions.add(create);
            }
            if (companyId != null) {
                actions.add(print(companyId));
            }
            grid.setId("journal-entries");
            grid.addColumn(e -> "NEXT".equals(e.entry()) ? e.due().toString() : WHEN.format(e.at().atZone(
                    java.time.ZoneId.systemDefault()))).setHeader(TEXTS.get("tab.when")).setAutoWidth(true);
            grid.addColumn(e -> what(services, e)).setHeader(TEXTS.get("tab.what")).setFlexGrow(2);
            grid.addColumn(JournalEntry::topic).setHeader(TEXTS.get("case.topic")).setFlexGrow(2);
            grid.addColumn(e -> services.employee(e.employeeId())).setHeader(TEXTS.get("tab.who"));
            grid.addColumn(e -> "STEP".equals(e.entry()) ? services.representative(e.representativeId()) : "")
                    .setHeader(TEXTS.get("step.with"));
            grid.addColumn(e -> "NEXT".equals(e.entry()) ? "" : join(e.text(), e.outcome()))
                    .setHeader(TEXTS.get("step.notes")).setFlexGrow(3);
            grid.setPartNameGenerator(e -> "NEXT".equals(e.entry()) && e.due().isBefore(services.today())
                    ? "overdue" : null);
            grid.addItemClickListener(click -> UI.getCurrent().navigate(CaseCardView.class,
                    new RouteParameters("id", String.valueOf(click.getItem().caseId()))));
            add(actions, filters, grid);
            expand(grid);
            refresh();
        }

        void refresh() {
            try {
                grid.setItems(JournalConsole.get().journal.journal(new JournalQuery(companyId, representativeId,
                        outstanding.getValue(), type.getValue(), employee.getValue() == null ? null
                        : employee.getValue().id(), from.getValue(), to.getValue())));
                to.setInvalid(false);
            } catch (ValidationException e) {
                to.setErrorMessage(e.fieldErrors().get(0).message());
                to.setInvalid(true);
            }
        }

        private static String what(JournalConsole services, JournalEntry e) {
            return switch (e.entry()) {
                case "CASE" -> TEXTS.get("entry.case", services.label(Kind.TYPE, null, e.caseType()));
                case "STEP" -> services.label(Kind.STEP, null, e.code());
                case "STAGE" -> TEXTS.get("entry.stage", services.label(Kind.STAGE, e.caseType(), e.code()));
                default -> TEXTS.get("entry.next", e.text()) + (e.due().isBefore(services.today())
                        ? " ⚠ " + TEXTS.get("next.overdue") : "");
            };
        }

        private static String join(String a, String b) {
            if (a == null || a.isBlank()) {
                return b == null ? "" : b;
            }
            return b == null || b.isBlank() ? a : a + " → " + b;
        }
    }

    /** The company's printable history, made for the signed-in user, opened in a new tab. */
    static Anchor print(long companyId) {
        Anchor link = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(download -> {
            byte[] html = JournalConsole.get().journal.customerHistory(companyId).getBytes(StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(html),
                    "history-" + companyId + ".html", "text/html;charset=utf-8", html.length);
        }).inline(), TEXTS.get("tab.print"));
        link.setTarget("_blank");
        link.setId("journal-print");
        return link;
    }

    static void error(RuntimeException e) {
        Notification.show(e.getMessage());
    }
}

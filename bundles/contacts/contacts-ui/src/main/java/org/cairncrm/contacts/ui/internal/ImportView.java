package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.console.JobProgressBar;
import org.cairncrm.contacts.CompanyImports;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.jobs.JobStatus;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Importing companies from a CSV file: upload, check the columns against the first rows, choose what to do with
 * duplicates, then follow the import and read the report of the rows that need a look.
 */
public class ImportView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 100 * 1024 * 1024;

    private final VerticalLayout step = new VerticalLayout();
    private final List<ComboBox<String>> mapping = new ArrayList<>();
    private byte[] file;

    public ImportView() {
        setWidthFull();
        setId("import-view");
        add(new H2(TEXTS.get("import.title")), new Paragraph(TEXTS.get("import.intro")));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> accept(metadata.fileName(), bytes))));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt", ".xlsx",
                org.cairncrm.platform.api.sheets.Sheets.XLSX);
        upload.setMaxFileSize(MAX_BYTES);
        step.setPadding(false);
        add(upload, step);
    }

    /** A file came: its preview, the mapping to check, and the choices. */
    void accept(String name, byte[] bytes) {
        step.removeAll();
        mapping.clear();
        CompanyImports.Preview preview;
        try {
            preview = ContactsConsole.get().imports.preview(bytes);
        } catch (ValidationException wrong) {
            Notification.show(name + ": " + wrong.getMessage());
            return;
        }
        file = bytes;
        Grid<List<String>> sample = new Grid<>();
        sample.setId("import-sample");
        HorizontalLayout columns = new HorizontalLayout();
        columns.setId("import-mapping");
        columns.getStyle().set("flex-wrap", "wrap");
        for (int i = 0; i < preview.columns().size(); i++) {
            int column = i;
            sample.addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(preview.columns().get(i))
                    .setAutoWidth(true);
            ComboBox<String> target = new ComboBox<>(preview.columns().get(i), preview.targets());
            target.setItemLabelGenerator(t -> TEXTS.get("import.target." + t));
            target.setPlaceholder(TEXTS.get("import.ignore"));
            target.setClearButtonVisible(true);
            target.setValue(preview.mapping().get(i));
            target.setId("import-column-" + i);
            mapping.add(target);
            columns.add(target);
        }
        sample.setItems(preview.sample());
        sample.setAllRowsVisible(true);
        ComboBox<CompanyImports.Duplicates> duplicates = new ComboBox<>(TEXTS.get("import.duplicates"),
                CompanyImports.Duplicates.values());
        duplicates.setItemLabelGenerator(d -> TEXTS.get("import.duplicates." + d.name()));
        duplicates.setValue(CompanyImports.Duplicates.SKIP);
        duplicates.setId("import-duplicates");
        duplicates.setWidth("24em");
        Checkbox strict = new Checkbox(TEXTS.get("import.onlyIfAllValid"));
        strict.setId("import-strict");
        Button start = new Button(TEXTS.get("import.start", preview.rows()), e -> start(duplicates.getValue(),
                strict.getValue()));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.add(new H3(TEXTS.get("import.check", name, preview.rows())), sample,
                new H3(TEXTS.get("import.columns")), columns, duplicates, strict, start);
    }

    private void start(CompanyImports.Duplicates duplicates, boolean strict) {
        Map<Integer, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i).getValue() != null) {
                chosen.put(i, mapping.get(i).getValue());
            }
        }
        JobStatus job;
        try {
            job = ContactsConsole.get().imports.start(file, new CompanyImports.Options(chosen, duplicates, strict));
        } catch (ValidationException wrong) {
            Notification.show(wrong.getMessage());
            return;
        }
        step.removeAll();
        step.add(new H3(TEXTS.get("import.running")), new JobProgressBar(ContactsConsole.get().jobs, job,
                this::report));
    }

    /** The outcome: counts, and the rows that were skipped, updated or refused. */
    private void report(JobStatus job) {
        VerticalLayout report = new VerticalLayout();
        report.setId("import-report");
        report.setPadding(false);
        if (job.result() instanceof CompanyImports.Report r) {
            report.add(new Paragraph(TEXTS.get(r.stored() ? "import.done" : "import.notStored", r.rows(), r.created(),
                    r.updated(), r.skipped(), r.failed())));
            Grid<CompanyImports.Row> rows = new Grid<>();
            rows.setId("import-rows");
            rows.addColumn(CompanyImports.Row::row).setHeader(TEXTS.get("import.row")).setAutoWidth(true);
            rows.addColumn(row -> TEXTS.get("import.outcome." + row.outcome())).setHeader(TEXTS.get("import.outcome"))
                    .setAutoWidth(true);
            rows.addColumn(row -> String.join("; ", row.messages())).setHeader(TEXTS.get("import.why"))
                    .setFlexGrow(3);
            rows.setItems(r.rowsToCheck());
            if (!r.rowsToCheck().isEmpty()) {
                report.add(rows);
            }
        } else if (job.error() != null) {
            report.add(new Paragraph(job.error()));
        }
        Button companies = new Button(TEXTS.get("companies.title"), e -> UI.getCurrent().navigate(
                CompaniesView.class));
        report.add(companies);
        step.add(report);
    }
}

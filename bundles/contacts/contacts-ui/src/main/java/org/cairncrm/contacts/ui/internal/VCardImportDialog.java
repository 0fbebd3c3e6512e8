package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import org.cairncrm.console.JobProgressBar;
import org.cairncrm.contacts.CompanyImports;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.jobs.JobStatus;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Importing representatives from a vCard file (Google Contacts, Outlook, Thunderbird, phones): choose what happens to
 * people stored already, upload, follow the import, read the report of the cards worth a look.
 */
class VCardImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 100 * 1024 * 1024;

    private final VerticalLayout body = new VerticalLayout();
    private final Runnable done;

    VCardImportDialog(Runnable done) {
        this.done = done;
        setId("vcard-import");
        setHeaderTitle(TEXTS.get("vcards.import"));
        setWidth("min(48em, 95vw)");
        body.setPadding(false);
        ComboBox<CompanyImports.Duplicates> duplicates = new ComboBox<>(TEXTS.get("vcards.duplicates"),
                CompanyImports.Duplicates.values());
        duplicates.setItemLabelGenerator(d -> TEXTS.get("vcards.duplicates." + d.name()));
        duplicates.setValue(CompanyImports.Duplicates.SKIP);
        duplicates.setId("vcard-duplicates");
        duplicates.setWidthFull();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> start(metadata.fileName(), bytes, duplicates.getValue()))));
        upload.setId("vcard-upload");
        upload.setAcceptedFileTypes(".vcf", ".vcard", "text/vcard", "text/x-vcard");
        upload.setMaxFileSize(MAX_BYTES);
        body.add(new Paragraph(TEXTS.get("vcards.intro")), duplicates, upload);
        add(body);
        Button close = new Button(TEXTS.get("vcards.close"), e -> {
            close();
            done.run();
        });
        close.setId("vcard-close");
        getFooter().add(close);
    }

    void start(String name, byte[] file, CompanyImports.Duplicates duplicates) {
        JobStatus job;
        try {
            job = ContactsConsole.get().vcards.start(file, duplicates);
        } catch (ValidationException wrong) {
            body.add(error(name + ": " + wrong.getMessage()));
            return;
        }
        body.removeAll();
        body.add(new Paragraph(TEXTS.get("vcards.running", name)),
                new JobProgressBar(ContactsConsole.get().jobs, job, this::report));
    }

    private static Paragraph error(String text) {
        Paragraph error = new Paragraph(text);
        error.setId("vcard-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        return error;
    }

    private void report(JobStatus job) {
        VerticalLayout report = new VerticalLayout();
        report.setId("vcard-report");
        report.setPadding(false);
        if (job.result() instanceof CompanyImports.Report r) {
            report.add(new Paragraph(TEXTS.get("vcards.done", r.rows(), r.created(), r.updated(), r.skipped(),
                    r.failed())));
            if (!r.rowsToCheck().isEmpty()) {
                Grid<CompanyImports.Row> rows = new Grid<>();
                rows.setId("vcard-rows");
                rows.addColumn(CompanyImports.Row::row).setHeader(TEXTS.get("vcards.card")).setAutoWidth(true);
                rows.addColumn(row -> TEXTS.get("import.outcome." + row.outcome()))
                        .setHeader(TEXTS.get("import.outcome")).setAutoWidth(true);
                rows.addColumn(row -> String.join("; ", row.messages())).setHeader(TEXTS.get("import.why"))
                        .setFlexGrow(3);
                rows.setItems(r.rowsToCheck());
                rows.setAllRowsVisible(true);
                report.add(rows);
            }
        } else if (job.error() != null) {
            report.add(error(job.error()));
        }
        body.add(report);
    }
}

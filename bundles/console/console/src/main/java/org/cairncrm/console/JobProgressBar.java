package org.cairncrm.console;

import java.util.function.Consumer;

import org.cairncrm.platform.api.jobs.JobStatus;
import org.cairncrm.platform.api.jobs.Jobs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * A background job's progress, the same way for every module: a bar (indeterminate until the job knows its total),
 * done of total, what it does now, and a button to stop it. Follows the job while shown (the page asks twice a
 * second) and calls {@code finished} once it has ended.
 *
 * <pre>{@code
 * add(new JobProgressBar(jobs, jobs.start("contacts.import", "Import", work), status -> showReport(status)));
 * }</pre>
 */
public class JobProgressBar extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int POLL_MILLIS = 500;

    private final Jobs jobs;
    private final String id;
    private final Consumer<JobStatus> finished;
    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private final Button stop;
    private Registration polling;
    private boolean over;

    public JobProgressBar(Jobs jobs, JobStatus job, Consumer<JobStatus> finished) {
        this.jobs = jobs;
        this.id = job.id();
        this.finished = finished;
        setId("job-progress");
        setPadding(false);
        bar.setWidthFull();
        text.setId("job-progress-text");
        stop = new Button(org.cairncrm.console.internal.Hooks.text("job.stop"), e -> jobs.cancel(id));
        stop.setId("job-stop");
        add(bar, new HorizontalLayout(text, stop));
        show(job);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
    }

    /** Reads the job's status again (the page's poll does this twice a second). */
    public void refresh() {
        jobs.status(id).ifPresent(this::show);
    }

    private void show(JobStatus job) {
        bar.setIndeterminate(job.total() <= 0 && !job.finished());
        bar.setValue(job.finished() ? 1.0 : job.percent() / 100.0);
        text.setText((job.total() > 0 ? job.done() + " / " + job.total() + " \u00b7 " : "")
                + org.cairncrm.console.internal.Hooks.text("job." + job.state().name())
                + (job.finished() || job.message() == null || job.message().isEmpty() ? "" : " \u00b7 " + job.message())
                + (job.error() == null ? "" : ": " + job.error()));
        stop.setVisible(!job.finished());
        if (job.finished() && !over) {
            over = true;
            getUI().ifPresent(this::stopPolling);
            finished.accept(job);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}

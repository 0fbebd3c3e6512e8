package org.cairncrm.platform.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.jobs.JobProgress;
import org.cairncrm.platform.api.jobs.JobStatus;
import org.cairncrm.platform.api.jobs.JobWork;
import org.cairncrm.platform.api.jobs.Jobs;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs jobs two at a time (the machine's cores), as the users who started them; keeps the finished for an hour. */
@Component(service = Jobs.class)
public class JobRunner implements Jobs {

    static final String READ_ALL = "platform.jobs.read";
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Running> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "cairn-job");
                thread.setDaemon(true);
                return thread;
            });

    /** One job, as it goes. */
    private final class Running implements JobProgress {
        final String id = UUID.randomUUID().toString();
        final String kind;
        final String title;
        final Identity owner;
        final AtomicReference<JobStatus.State> state = new AtomicReference<>(JobStatus.State.QUEUED);
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        final AtomicBoolean cancel = new AtomicBoolean();
        volatile String message = "";
        volatile Instant started;
        volatile Instant finished;
        volatile Object result;
        volatile String error;

        Running(String kind, String title, Identity owner) {
            this.kind = kind;
            this.title = title;
            this.owner = owner;
        }

        @Override
        public void total(long steps) {
            total.set(steps);
        }

        @Override
        public void advance(long steps) {
            done.addAndGet(steps);
        }

        @Override
        public void message(String text) {
            message = text == null ? "" : text;
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }

        JobStatus status() {
            return new JobStatus(id, kind, title, owner.login(), state.get(), done.get(), total.get(), message,
                    started, finished, result, error);
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public JobStatus start(String kind, String title, JobWork work) {
        Identity owner = Access.signedIn();
        ValidationException.collect().requireText(kind, "kind", 100).requireText(title, "title", 200).throwIfAny();
        forgetOld();
        Running job = new Running(kind, title, owner);
        jobs.put(job.id, job);
        executor.execute(() -> Access.runAs(owner, () -> {
            job.started = clock.instant();
            job.state.set(JobStatus.State.RUNNING);
            try {
                job.result = work.run(job);
                job.state.set(job.cancel.get() ? JobStatus.State.CANCELLED : JobStatus.State.DONE);
            } catch (Exception | LinkageError e) {
                job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                job.state.set(JobStatus.State.FAILED);
                LOG.warn("Job {} '{}' of '{}' failed: {}", job.id, title, owner.login(), job.error, e);
            } finally {
                job.finished = clock.instant();
            }
            LOG.info("Job {} '{}' of '{}' ended {}", job.id, title, owner.login(), job.state.get());
            return null;
        }));
        return job.status();
    }

    @Override
    public Optional<JobStatus> status(String id) {
        Running job = id == null ? null : jobs.get(id);
        if (job == null || !mayFollow(job)) {
            return Optional.empty();
        }
        return Optional.of(job.status());
    }

    @Override
    public List<JobStatus> mine() {
        String me = Access.signedIn().login();
        List<JobStatus> mine = new ArrayList<>();
        jobs.values().stream().filter(j -> j.owner.login().equals(me)).forEach(j -> mine.add(j.status()));
        mine.sort(Comparator.comparing((JobStatus s) -> s.startedAt() == null ? Instant.MAX : s.startedAt())
                .reversed());
        return mine;
    }

    @Override
    public JobStatus cancel(String id) {
        Running job = jobs.get(id);
        if (job == null || !mayFollow(job)) {
            throw new org.cairncrm.platform.api.error.RecordNotFoundException("No job " + id);
        }
        job.cancel.set(true);
        return job.status();
    }

    private static boolean mayFollow(Running job) {
        Identity caller = Access.signedIn();
        return caller.login().equals(job.owner.login()) || caller.has(READ_ALL);
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.finished != null && j.finished.isBefore(before));
    }
}

package org.cairncrm.tasks;

import java.util.List;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/** Topics and their process templates; reading needs {@link Tasks#READ}, changing {@link Tasks#MANAGE}. */
public interface Topics {

    Page<TopicData> list(PageRequest request);

    TopicData get(long id);

    TopicData create(TopicData data);

    TopicData update(long id, TopicData data);

    List<ProcessData> processes(Long topicId);

    ProcessData createProcess(ProcessData data);

    /** Starts a run of the process: its first step becomes a task, due {@code days} after {@code startsOn}. */
    default TaskData startProcess(long processId, java.time.LocalDate startsOn) {
        return startProcess(processId, startsOn, null);
    }

    /**
     * Starts a run of the process about a record ({@code contacts.company:12}; null: none): every step's task is
     * about it.
     */
    TaskData startProcess(long processId, java.time.LocalDate startsOn, String link);
}

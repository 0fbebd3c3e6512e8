package org.cairncrm.tasks.ui.internal;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.SearchProvider;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tasks in the console's global search, by title: the ones the user may see, soonest due first. */
@Component(service = SearchProvider.class)
public class TaskSearch implements SearchProvider {

    private final TasksConsole services;

    @Activate
    public TaskSearch(@Reference TasksConsole services) {
        this.services = services;
    }

    @Override
    public String title() {
        return TasksConsole.TEXTS.get("menu.group");
    }

    @Override
    public Optional<String> permission() {
        return Optional.of(Tasks.READ);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return services.tasks.list(new PageRequest(0, limit, List.of(), List.of(), Optional.of(text))).items()
                .stream()
                .map(TaskSearch::hit)
                .toList();
    }

    @Override
    public Optional<SearchHit> find(org.cairncrm.platform.api.RecordRef record) {
        return record.type().equals(Tasks.TASK_TYPE) ? Optional.of(hit(services.tasks.get(record.id())))
                : Optional.empty();
    }

    private static SearchHit hit(org.cairncrm.tasks.TaskData t) {
        return new SearchHit(t.title(), TasksConsole.TEXTS.get("status." + t.status())
                + (t.targetDate() == null ? "" : " · " + t.targetDate()), "tasks/tasks/" + t.id());
    }
}

package org.cairncrm.platform.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ForbiddenException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.records.RecordSource;
import org.cairncrm.platform.api.records.SavedFilterData;
import org.cairncrm.platform.api.records.SavedFilters;
import org.cairncrm.platform.api.records.SelectionData;
import org.cairncrm.platform.api.records.Selections;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Users' selections and saved filters, and the record sources the modules offer. */
@Component(service = {Selections.class, SavedFilters.class, SelectionStore.class})
public class SelectionStore implements Selections, SavedFilters {

    static final String MANAGE = "people.selection.manage";
    private static final int MAX_IDS = 100_000;
    private static final int BATCH = 1000;

    private final JpaTemplate jpa;
    private final List<RecordSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public SelectionStore(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                          @Reference(target = "(cairn.module=people)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(RecordSource source) {
        sources.add(source);
    }

    void removeSource(RecordSource source) {
        sources.remove(source);
    }

    @Override
    public List<RecordSource> sources() {
        Access.signedIn();
        return List.copyOf(sources);
    }

    @Override
    public SelectionData create(SelectionData data) {
        Identity caller = Access.signedIn();
        List<Long> ids = data.ids() == null ? List.of() : data.ids();
        ValidationException.collect()
                .requireText(data.name(), "name", 100)
                .check(data.recordType() == null || source(data.recordType()) == null, "recordType",
                        "must be one of " + sources.stream().map(RecordSource::recordType).toList())
                .check(ids.isEmpty(), "ids", "must name at least one record")
                .check(ids.size() > MAX_IDS, "ids", "at most " + MAX_IDS)
                // List.of().contains(null) throws: look for nulls one by one
                .check(ids.stream().anyMatch(java.util.Objects::isNull), "ids", "must not contain null")
                .check(ids.stream().anyMatch(i -> i != null && i <= 0), "ids", "must be record ids (positive)")
                .throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            boolean taken = em.createQuery("SELECT COUNT(s) FROM Selection s WHERE s.owner = :o AND "
                            + "LOWER(s.name) = :n", Long.class).setParameter("o", caller.login())
                    .setParameter("n", data.name().strip().toLowerCase(java.util.Locale.ROOT)).getSingleResult() > 0;
            if (taken) {
                throw ValidationException.of("name", "is already one of your selections");
            }
            Selection selection = new Selection(data.name().strip(), data.recordType(), caller.login(),
                    Boolean.TRUE.equals(data.shared()), ids.size());
            em.persist(selection);
            em.flush();
            for (int i = 0; i < ids.size(); i++) {
                em.persist(new SelectionItem(selection.getId(), i, ids.get(i)));
                if (i % BATCH == BATCH - 1) {
                    em.flush();
                    em.clear();
                }
            }
            em.flush();
            return em.find(Selection.class, selection.getId()).toData(null);
        });
    }

    @Override
    public List<SelectionData> list(String recordType) {
        Identity caller = Access.signedIn();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT s FROM Selection s WHERE "
                                + "(s.owner = :o OR s.shared = :shared) ORDER BY s.id DESC", Selection.class)
                .setParameter("o", caller.login()).setParameter("shared", true).getResultList().stream()
                .filter(s -> recordType == null || recordType.equals(s.recordType())).map(s -> s.toData(null))
                .toList());
    }

    @Override
    public SelectionData get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toData(null));
    }

    @Override
    public List<Long> ids(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, id);
            return em.createQuery("SELECT i.recordId FROM SelectionItem i WHERE i.selectionId = :s "
                    + "ORDER BY i.position", Long.class).setParameter("s", id).getResultList();
        });
    }

    @Override
    public List<Map<String, Object>> rows(long id) {
        SelectionData selection = get(id);
        RecordSource source = source(selection.recordType());
        if (source == null) {
            throw new RecordNotFoundException("The module of " + selection.recordType() + " is not installed");
        }
        List<Long> ids = ids(id);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += BATCH) {
            rows.addAll(source.rows(ids.subList(start, Math.min(ids.size(), start + BATCH))));
        }
        return rows;
    }

    @Override
    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            Selection selection = find(em, id);
            mayChange(selection.owner());
            em.createQuery("DELETE FROM SelectionItem i WHERE i.selectionId = :s").setParameter("s", id)
                    .executeUpdate();
            em.remove(selection);
        });
    }

    // saved filters

    @Override
    public SavedFilterData save(SavedFilterData data) {
        Identity caller = Access.signedIn();
        ValidationException.collect()
                .requireText(data.name(), "name", 100)
                .requireText(data.listKey(), "listKey", 100)
                .maxLength(data.query(), "query", 200)
                .maxLength(data.sort(), "sort", 200)
                .check(data.filters() != null && String.join("\n", data.filters()).length() > 4000, "filters",
                        "too many")
                .throwIfAny();
        if (data.filters() != null) {
            // the same syntax the lists take; each list checks its fields when the filter is used
            org.cairncrm.platform.api.paging.PageRequest.parse(null, null, data.sort(), data.filters(), data.query());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            boolean taken = em.createQuery("SELECT COUNT(f) FROM SavedFilter f WHERE f.owner = :o AND "
                            + "f.listKey = :l AND LOWER(f.name) = :n", Long.class).setParameter("o", caller.login())
                    .setParameter("l", data.listKey().strip())
                    .setParameter("n", data.name().strip().toLowerCase(java.util.Locale.ROOT)).getSingleResult() > 0;
            if (taken) {
                throw ValidationException.of("name", "is already one of your filters of this list");
            }
            SavedFilter filter = new SavedFilter(data, caller.login());
            em.persist(filter);
            em.flush();
            return filter.toData();
        });
    }

    @Override
    public List<SavedFilterData> forList(String listKey) {
        Identity caller = Access.signedIn();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT f FROM SavedFilter f WHERE "
                                + "f.listKey = :l AND (f.owner = :o OR f.shared = :shared) ORDER BY f.name",
                        SavedFilter.class)
                .setParameter("l", listKey).setParameter("o", caller.login()).setParameter("shared", true)
                .getResultList().stream().map(SavedFilter::toData).toList());
    }

    @Override
    public void remove(long id) {
        jpa.tx(TransactionType.Required, em -> {
            SavedFilter filter = em.find(SavedFilter.class, id);
            if (filter == null || !visible(filter.owner(), filter.toData().shared())) {
                throw new RecordNotFoundException("people.savedfilter", id);
            }
            mayChange(filter.owner());
            em.remove(filter);
        });
    }

    private static void mayChange(String owner) {
        Identity caller = Access.signedIn();
        if (!caller.login().equals(owner) && !caller.has(MANAGE)) {
            throw new ForbiddenException("Only its owner deletes it");
        }
    }

    private static boolean visible(String owner, Boolean shared) {
        return Access.signedIn().login().equals(owner) || Boolean.TRUE.equals(shared);
    }

    private static Selection find(EntityManager em, long id) {
        Selection selection = em.find(Selection.class, id);
        if (selection == null || !visible(selection.owner(), selection.shared())) {
            throw new RecordNotFoundException("people.selection", id);
        }
        return selection;
    }

    private RecordSource source(String recordType) {
        return sources.stream().filter(s -> s.recordType().equals(recordType)).findFirst().orElse(null);
    }
}

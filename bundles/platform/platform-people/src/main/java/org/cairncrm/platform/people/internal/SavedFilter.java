package org.cairncrm.platform.people.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.api.records.SavedFilterData;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A list's search saved under a name. */
@Entity
@Table(name = "people_saved_filter")
@RecordType(value = "people.savedfilter", path = "saved-filters")
public class SavedFilter extends AuditedEntity {

    @Column(name = "name", nullable = false, length = 100)
    private String name;
    @Column(name = "list_key", nullable = false, length = 100)
    private String listKey;
    @Column(name = "query_text", length = 200)
    private String query;
    @Column(name = "filters", length = 4000)
    private String filters;
    @Column(name = "sort_fields", length = 200)
    private String sort;
    @Column(name = "owner_login", nullable = false, length = 100)
    private String owner;
    @Column(name = "shared", nullable = false)
    private boolean shared;

    protected SavedFilter() {
    }

    SavedFilter(SavedFilterData data, String owner) {
        this.name = data.name().strip();
        this.listKey = data.listKey().strip();
        this.query = data.query() == null || data.query().isBlank() ? null : data.query().strip();
        this.filters = data.filters() == null || data.filters().isEmpty() ? null : String.join("\n", data.filters());
        this.sort = data.sort() == null || data.sort().isBlank() ? null : data.sort().strip();
        this.owner = owner;
        this.shared = Boolean.TRUE.equals(data.shared());
    }

    String owner() {
        return owner;
    }

    SavedFilterData toData() {
        return new SavedFilterData(getId(), name, listKey, query,
                filters == null ? java.util.List.of() : java.util.List.of(filters.split("\n")), sort, shared, owner);
    }
}

package org.cairncrm.platform.api.paging;

import java.util.Objects;

/** Sort by one field. */
public record Sort(String field, boolean ascending) {

    public Sort {
        Objects.requireNonNull(field, "field");
    }

    public static Sort asc(String field) {
        return new Sort(field, true);
    }

    public static Sort desc(String field) {
        return new Sort(field, false);
    }

    @Override
    public String toString() {
        return ascending ? field : "-" + field;
    }
}

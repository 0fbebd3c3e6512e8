package org.cairncrm.platform.api.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cairncrm.platform.api.error.ValidationException;

/**
 * Which page of a list the caller wants, in which order and with which filters.
 *
 * @param page    zero-based page number
 * @param size    rows per page, 1 to {@link #MAX_SIZE}
 * @param sort    sort order, first entry first
 * @param filters conditions that all must hold
 * @param query   quick-search text, matched by each list against its own searchable fields; empty for none
 */
public record PageRequest(int page, int size, List<Sort> sort, List<Filter> filters, Optional<String> query) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        ValidationException.collect()
                .check(page < 0, "page", "must be 0 or more")
                .check(size < 1 || size > MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .throwIfAny();
        sort = List.copyOf(sort);
        filters = List.copyOf(filters);
        query = query.map(String::strip).filter(q -> !q.isEmpty());
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, List.of(), List.of(), Optional.empty());
    }

    public long offset() {
        return (long) page * size;
    }

    public PageRequest withSort(List<Sort> newSort) {
        return new PageRequest(page, size, newSort, filters, query);
    }

    public PageRequest withFilters(List<Filter> newFilters) {
        return new PageRequest(page, size, sort, newFilters, query);
    }

    /**
     * Reads the query-string form used by every Cairn list endpoint: {@code page}, {@code size},
     * {@code sort=name,-dueDate} and repeated {@code filter=field:op:value}, {@code q=text}. The parameters come as
     * the text the client sent, so that {@code page=abc} is reported as a field error naming {@code page} rather
     * than as an unknown address. Every bad part is reported at once, each naming its parameter.
     */
    public static PageRequest parse(String page, String size, String sort, List<String> filters, String query) {
        ValidationException.Collector errors = ValidationException.collect();
        int pageNumber = number(page, 0, "page", errors);
        int pageSize = number(size, DEFAULT_SIZE, "size", errors);
        List<Sort> sorts = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String part : sort.split(",")) {
                String p = part.strip();
                boolean desc = p.startsWith("-");
                String field = desc || p.startsWith("+") ? p.substring(1) : p;
                if (field.isEmpty()) {
                    errors.add("sort", "empty field name in '" + sort + "'");
                } else {
                    sorts.add(new Sort(field, !desc));
                }
            }
        }
        List<Filter> parsed = new ArrayList<>();
        for (String f : filters == null ? List.<String>of() : filters) {
            if (f == null) {
                errors.add("filter", "must not be null");
                continue;
            }
            String[] parts = f.split(":", 3);
            if (parts.length < 2 || parts[0].isBlank()) {
                errors.add("filter", "'" + f + "' must look like field:op:value");
                continue;
            }
            Filter.Op op;
            try {
                op = Filter.Op.valueOf(parts[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("filter", "unknown operator '" + parts[1] + "' in '" + f + "'");
                continue;
            }
            boolean needsValue = op != Filter.Op.NULL && op != Filter.Op.NOTNULL;
            if (needsValue && parts.length < 3) {
                errors.add("filter", "'" + f + "' needs a value");
                continue;
            }
            parsed.add(new Filter(parts[0], op, needsValue ? parts[2] : null));
        }
        errors.check(pageNumber < 0, "page", "must be 0 or more")
                .check(pageSize < 1 || pageSize > MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .throwIfAny();
        return new PageRequest(pageNumber, pageSize, sorts, parsed, Optional.ofNullable(query));
    }

    private static int number(String text, int otherwise, String field, ValidationException.Collector errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number, was '" + text + "'");
            return otherwise;
        }
    }
}

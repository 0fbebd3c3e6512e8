package org.cairncrm.platform.api.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the rows of this page
 * @param total how many rows match in all
 * @param page  zero-based page number
 * @param size  page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}

package org.cairncrm.platform.api.paging;

import java.util.Locale;
import java.util.Objects;

/**
 * One condition on one field, written {@code field:op:value} in query strings (e.g. {@code quantity:ge:10},
 * {@code name:like:ann}).
 */
public record Filter(String field, Op op, String value) {

    public enum Op {
        /** equal */ EQ,
        /** not equal */ NE,
        /** less than */ LT,
        /** less or equal */ LE,
        /** greater than */ GT,
        /** greater or equal */ GE,
        /** text contains, ignoring case */ LIKE,
        /** field has no value */ NULL,
        /** field has a value */ NOTNULL
    }

    public Filter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
    }

    public static Filter eq(String field, String value) {
        return new Filter(field, Op.EQ, value);
    }

    @Override
    public String toString() {
        return field + ":" + op.name().toLowerCase(Locale.ROOT) + (value == null ? "" : ":" + value);
    }
}

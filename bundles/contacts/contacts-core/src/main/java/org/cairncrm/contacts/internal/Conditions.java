package org.cairncrm.contacts.internal;

import javax.persistence.criteria.Root;
import javax.persistence.criteria.Subquery;

import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.persistence.JpaList;

/** The list filters of the contacts lists that are not one column's comparison. */
final class Conditions {

    private Conditions() {
    }

    /** {@code city:eq:Łódź} or {@code city:like:lod}: the value in either address (case ignored). */
    static <E> JpaList.Condition<E> eitherColumn(String first, String second) {
        return (cb, query, root, filter) -> {
            String value = text(filter);
            return switch (filter.op()) {
                case EQ -> cb.or(cb.equal(cb.lower(root.get(first)), value), cb.equal(cb.lower(root.get(second)), value));
                case LIKE -> cb.or(JpaList.contains(cb, cb.lower(root.get(first)), value),
                        JpaList.contains(cb, cb.lower(root.get(second)), value));
                default -> throw ValidationException.of("filter", "'" + filter.field() + "' takes eq or like");
            };
        };
    }

    /** {@code archived:eq:true}: the archived records; {@code false}: the others. */
    static <E> JpaList.Condition<E> archived() {
        return (cb, query, root, filter) -> {
            if (filter.op() != Filter.Op.EQ || !("true".equals(filter.value()) || "false".equals(filter.value()))) {
                throw ValidationException.of("filter", "'archived' takes eq:true or eq:false");
            }
            return "true".equals(filter.value()) ? cb.isNotNull(root.get("archivedAt"))
                    : cb.isNull(root.get("archivedAt"));
        };
    }

    /**
     * {@code request} with {@code archived:eq:false} added unless it asks about archived records itself; asking
     * for the archived ones needs {@code Deletions.APPROVE}.
     */
    static org.cairncrm.platform.api.paging.PageRequest current(org.cairncrm.platform.api.paging.PageRequest request) {
        boolean asks = request.filters().stream().anyMatch(f -> f.field().equals("archived"));
        if (asks) {
            org.cairncrm.platform.api.access.Access.require(org.cairncrm.contacts.Deletions.APPROVE);
            return request;
        }
        java.util.List<Filter> filters = new java.util.ArrayList<>(request.filters());
        filters.add(Filter.eq("archived", "false"));
        return new org.cairncrm.platform.api.paging.PageRequest(request.page(), request.size(), request.sort(),
                filters, request.query());
    }

    /**
     * {@code field.<id>.<KIND>:<op>:<value>} (as {@link FieldStore#resolveFilters} rewrites {@code field.<name>}):
     * the records whose custom field compares so; numbers and dates compare as such, text ignoring case.
     */
    static <E> JpaList.Condition<E> customField() {
        return (cb, query, root, filter) -> {
            String[] parts = filter.field().split("\\.");
            long field = Long.parseLong(parts[1]);
            org.cairncrm.contacts.FieldKind kind = org.cairncrm.contacts.FieldKind.valueOf(parts[2]);
            Subquery<Long> having = query.subquery(Long.class);
            Root<FieldValue> value = having.from(FieldValue.class);
            java.util.List<javax.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
            where.add(cb.equal(value.get("fieldId"), field));
            if (filter.op() == Filter.Op.NULL || filter.op() == Filter.Op.NOTNULL) {
                having.select(value.get("recordId")).where(where.toArray(javax.persistence.criteria.Predicate[]::new));
                return filter.op() == Filter.Op.NULL ? cb.not(root.get("id").in(having)) : root.get("id").in(having);
            }
            if (filter.value() == null) {
                throw ValidationException.of("filter", "'" + filter.field() + "' needs a value");
            }
            where.add(compare(cb, value, kind, filter));
            having.select(value.get("recordId")).where(where.toArray(javax.persistence.criteria.Predicate[]::new));
            return root.get("id").in(having);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static javax.persistence.criteria.Predicate compare(javax.persistence.criteria.CriteriaBuilder cb,
                                                               Root<FieldValue> value,
                                                               org.cairncrm.contacts.FieldKind kind, Filter filter) {
        String v = filter.value().strip();
        javax.persistence.criteria.Expression column;
        Comparable operand;
        try {
            switch (kind) {
                case NUMBER -> {
                    column = value.get("number");
                    operand = new java.math.BigDecimal(v.replace(',', '.'));
                }
                case DATE -> {
                    column = value.get("date");
                    operand = java.time.LocalDate.parse(v);
                }
                case MULTI_CHOICE -> {
                    if (filter.op() != Filter.Op.EQ && filter.op() != Filter.Op.LIKE) {
                        throw ValidationException.of("filter", "a multiple choice takes eq (holds the option) or like");
                    }
                    javax.persistence.criteria.Expression<String> text = value.get("text");
                    if (filter.op() == Filter.Op.LIKE) {
                        return JpaList.contains(cb, cb.lower(text), v.toLowerCase(java.util.Locale.ROOT));
                    }
                    // one of the lines of the value
                    return JpaList.contains(cb, cb.concat(cb.concat("\n", text), "\n"), "\n" + v + "\n");
                }
                default -> {
                    column = cb.lower(value.get("text"));
                    operand = v.toLowerCase(java.util.Locale.ROOT);
                }
            }
        } catch (NumberFormatException | java.time.format.DateTimeParseException wrong) {
            throw ValidationException.of("filter", "'" + v + "' is not a " + kind.name().toLowerCase(
                    java.util.Locale.ROOT));
        }
        return switch (filter.op()) {
            case EQ -> cb.equal(column, operand);
            case NE -> cb.notEqual(column, operand);
            case LT -> cb.lessThan(column, operand);
            case LE -> cb.lessThanOrEqualTo(column, operand);
            case GT -> cb.greaterThan(column, operand);
            case GE -> cb.greaterThanOrEqualTo(column, operand);
            case LIKE -> JpaList.contains(cb, cb.lower(value.get("text")), v.toLowerCase(java.util.Locale.ROOT));
            default -> throw ValidationException.of("filter", "unsupported comparison");
        };
    }

    /** {@code group:eq:7}: the records in contact group 7, a group of {@code kind}. */
    static <E> JpaList.Condition<E> inGroup(org.cairncrm.contacts.GroupKind kind) {
        return (cb, query, root, filter) -> {
            long group = id(filter);
            Subquery<Long> ofKind = query.subquery(Long.class);
            Root<ContactGroup> groups = ofKind.from(ContactGroup.class);
            ofKind.select(groups.get("id")).where(cb.equal(groups.get("kind"), kind));
            Subquery<Long> members = query.subquery(Long.class);
            Root<GroupMember> member = members.from(GroupMember.class);
            members.select(member.get("memberId")).where(cb.equal(member.get("groupId"), group),
                    member.get("groupId").in(ofKind));
            return root.get("id").in(members);
        };
    }

    /** {@code company:eq:5}: the people who work (or worked) at company 5. */
    static JpaList.Condition<Representative> worksAt() {
        return (cb, query, root, filter) -> {
            long company = id(filter);
            Subquery<Long> people = query.subquery(Long.class);
            Root<Employment> work = people.from(Employment.class);
            people.select(work.get("representative").get("id"))
                    .where(cb.equal(work.get("company").get("id"), company));
            return root.get("id").in(people);
        };
    }

    private static String text(Filter filter) {
        if (filter.value() == null) {
            throw ValidationException.of("filter", "'" + filter.field() + "' needs a value");
        }
        return filter.value().strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static long id(Filter filter) {
        if (filter.op() != Filter.Op.EQ) {
            throw ValidationException.of("filter", "'" + filter.field() + "' takes eq and an id");
        }
        try {
            return Long.parseLong(filter.value().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw ValidationException.of("filter", "'" + filter.field() + "' takes eq and an id");
        }
    }
}

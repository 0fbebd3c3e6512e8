package org.cairncrm.platform.persistence;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.persistence.ElementCollection;
import javax.persistence.FetchType;
import javax.persistence.ManyToMany;
import javax.persistence.OneToMany;
import javax.persistence.Transient;

import org.cairncrm.platform.api.CairnModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The history-relevant values of an entity as text, and the entity's record type; reflection cached per class. */
final class EntitySnapshot {

    /** How one entity class is described in the history. */
    record Shape(String recordType, String path, List<Field> fields) {
    }

    /**
     * Kept with each class rather than in a map of this bundle: a map would hold an uninstalled module's entity
     * classes, and so its whole class loader, for as long as the platform runs.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return describe(type);
        }
    };

    private EntitySnapshot() {
    }

    static Shape shape(Class<?> type) {
        return SHAPES.get(type);
    }

    static Map<String, String> values(AuditedEntity entity) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : shape(entity.getClass()).fields()) {
            try {
                Object value = field.get(entity);
                values.put(field.getName(), field.isAnnotationPresent(HistoryMasked.class)
                        ? (value == null ? null : HistoryMasked.MASK + "@" + Objects.hashCode(value))
                        : text(value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /** What readers of the history see of a value: never a masked secret. */
    static String shown(String value) {
        return value != null && value.startsWith(HistoryMasked.MASK) ? HistoryMasked.MASK : value;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof AuditedEntity related) {
            return related.getId() == null ? null : "#" + related.getId();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            map.forEach((k, v) -> items.add(text(k) + "=" + text(v)));
            items.sort(null);
            return String.join(", ", items);
        }
        if (value instanceof Collection<?> many) {
            List<String> items = new ArrayList<>();
            for (Object item : many) {
                items.add(text(item));
            }
            items.sort(null);
            return String.join(", ", items);
        }
        return value.toString();
    }

    private static Shape describe(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != AuditedEntity.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(HistoryIgnored.class)
                        || lazyCollection(field)) {
                    continue;
                }
                field.setAccessible(true);
                fields.add(field);
            }
        }
        RecordType named = type.getAnnotation(RecordType.class);
        if (named != null) {
            return new Shape(named.value(), module(type, named.value()) + "/" + named.path(), fields);
        }
        String module = module(type, null);
        String simple = type.getSimpleName().toLowerCase(Locale.ROOT);
        return new Shape(module + "." + simple, module + "/" + simple + "s", fields);
    }

    private static String module(Class<?> type, String recordType) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        Object header = bundle == null ? null : bundle.getHeaders().get(CairnModule.HEADER);
        if (header != null) {
            return header.toString().strip();
        }
        return recordType != null ? recordType.substring(0, recordType.indexOf('.')) : "unknown";
    }

    // reading a collection that is not loaded yet would query the database inside a JPA callback
    private static boolean lazyCollection(Field field) {
        OneToMany oneToMany = field.getAnnotation(OneToMany.class);
        ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
        ElementCollection elements = field.getAnnotation(ElementCollection.class);
        return oneToMany != null && oneToMany.fetch() == FetchType.LAZY
                || manyToMany != null && manyToMany.fetch() == FetchType.LAZY
                || elements != null && elements.fetch() == FetchType.LAZY;
    }
}

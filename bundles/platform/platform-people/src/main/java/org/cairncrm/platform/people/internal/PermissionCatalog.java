package org.cairncrm.platform.people.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.PermissionContribution;
import org.cairncrm.platform.api.access.ScopedType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The permission keys and scoped record types of every installed module, as they come and go. */
@Component(service = PermissionCatalog.class)
public class PermissionCatalog {

    private final List<PermissionContribution> contributions = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(PermissionContribution contribution) {
        contributions.add(contribution);
    }

    void remove(PermissionContribution contribution) {
        contributions.remove(contribution);
    }

    /** Declared keys by key. */
    Map<String, Permission> permissions() {
        Map<String, Permission> all = new TreeMap<>();
        contributions.forEach(c -> c.permissions().forEach(p -> all.put(p.key(), p)));
        return all;
    }

    Map<String, ScopedType> scopedTypes() {
        Map<String, ScopedType> all = new TreeMap<>();
        contributions.forEach(c -> c.scopedTypes().forEach(t -> all.put(t.type(), t)));
        return all;
    }
}

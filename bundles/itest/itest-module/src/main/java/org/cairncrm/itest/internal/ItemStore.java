package org.cairncrm.itest.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.access.RecordScope;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Stores items; waits for the module's schema before it starts. */
@Component(service = ItemStore.class)
public class ItemStore {

    static final String TYPE = "itest.item";
    static final String DEFAULT_LINE = "general";

    private static final JpaList<Item> LIST = JpaList.of(Item.class)
            .fields("name", "quantity", "dueDate")
            .quickSearch("name", "note")
            .defaultSort(Sort.asc("name"));

    private final JpaTemplate jpa;
    private final RecordEvents events;

    @Activate
    public ItemStore(@Reference(target = "(osgi.unit.name=cairn.itest)") JpaTemplate jpa,
                     @Reference(target = "(cairn.module=itest)") ModuleSchema schema,
                     @Reference RecordEvents events) {
        this.jpa = jpa;
        this.events = events;
    }

    /** The items the caller may see, paged. */
    public Page<ItemData> list(PageRequest request) {
        RecordScope scope = Access.scope(TYPE);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request, scope).map(Item::toData));
    }

    public long count(PageRequest request) {
        RecordScope scope = Access.scope(TYPE);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.count(em, request, scope));
    }

    /** Every matching item the caller may see, up to {@code limit}. */
    public List<ItemData> export(PageRequest request, int limit) {
        RecordScope scope = Access.scope(TYPE);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.all(em, request, scope, limit).stream()
                .map(Item::toData).toList());
    }

    public ItemData get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toData());
    }

    public ItemData create(ItemData data) {
        data.validate();
        Identity caller = Access.signedIn();
        String line = data.lineOfBusiness() == null ? DEFAULT_LINE : data.lineOfBusiness();
        caller.requirePlacement(TYPE, line, caller.employeeId());
        return jpa.txExpr(TransactionType.Required, em -> {
            Item item = new Item();
            item.apply(data);
            item.place(caller.employeeId(), line);
            em.persist(item);
            em.flush();
            changed(item.getId(), EventTopics.Change.CREATED);
            return item.toData();
        });
    }

    public ItemData update(long id, ItemData data) {
        ValidationException.requireVersion(data.version());
        data.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            Item item = find(em, id);
            if (item.getVersion() != data.version()) {
                throw ConflictException.staleVersion(TYPE, id, data.version(), item.getVersion());
            }
            if (data.lineOfBusiness() != null && !data.lineOfBusiness().equals(item.lineOfBusiness())) {
                Access.signedIn().requirePlacement(TYPE, data.lineOfBusiness(), item.ownerId());
                item.place(item.ownerId(), data.lineOfBusiness());
            }
            item.apply(data);
            em.flush();
            changed(id, EventTopics.Change.UPDATED);
            return item.toData();
        });
    }

    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            em.remove(find(em, id));
            changed(id, EventTopics.Change.DELETED);
        });
    }

    /** The item, if the caller may see it; one they may not see is as missing as one that does not exist. */
    private static Item find(EntityManager em, long id) {
        Item item = em.find(Item.class, id);
        if (item == null || !Access.scope(TYPE).permits(item.ownerId(), item.lineOfBusiness())) {
            throw new RecordNotFoundException(TYPE, id);
        }
        return item;
    }

    // inside the transaction: the platform posts it once the transaction has committed
    private void changed(long id, EventTopics.Change change) {
        events.changed(new RecordRef(TYPE, id), "Item", change);
    }
}

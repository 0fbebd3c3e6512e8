package org.cairncrm.contacts.internal;

import java.util.List;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.Dictionaries;
import org.cairncrm.contacts.DictionaryEntry;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contacts dictionaries: industries, statuses, categories, areas. */
@Component(service = {Dictionaries.class, DictionaryStore.class})
public class DictionaryStore implements Dictionaries {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private final JpaTemplate jpa;

    @Activate
    public DictionaryStore(@Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                           @Reference(target = "(cairn.module=contacts)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public List<DictionaryEntry> entries(DictionaryKind kind, boolean withInactive) {
        Access.require(Companies.READ, Dictionaries.MANAGE);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT d FROM DictionaryItem d WHERE d.kind = :kind ORDER BY d.position, d.label",
                        DictionaryItem.class).setParameter("kind", kind).getResultList().stream()
                .map(DictionaryItem::toData).filter(e -> withInactive || e.active()).toList());
    }

    @Override
    public DictionaryEntry create(DictionaryKind kind, DictionaryEntry entry) {
        Access.require(MANAGE);
        String code = entry.code() == null ? "" : entry.code().strip();
        ValidationException.collect()
                .check(!CODE.matcher(code).matches(), "code",
                        "must be 1 to 40 lowercase letters, digits, - and _, starting with a letter or digit")
                .requireText(entry.label(), "label", 100)
                .throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (find(em, kind, code) != null) {
                throw ValidationException.of("code", "is already in the " + kind + " dictionary");
            }
            DictionaryItem item = new DictionaryItem(kind, code);
            item.apply(entry);
            em.persist(item);
            em.flush();
            return item.toData();
        });
    }

    @Override
    public DictionaryEntry update(long id, DictionaryEntry entry) {
        Access.require(MANAGE);
        ValidationException.requireVersion(entry.version());
        ValidationException.collect().requireText(entry.label(), "label", 100).throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            DictionaryItem item = em.find(DictionaryItem.class, id);
            if (item == null) {
                throw new RecordNotFoundException("contacts.dictionary", id);
            }
            if (item.getVersion() != entry.version()) {
                throw ConflictException.staleVersion("contacts.dictionary", id, entry.version(), item.getVersion());
            }
            item.apply(entry);
            em.flush();
            return item.toData();
        });
    }

    /** Whether {@code code} is an active entry of {@code kind}. */
    static boolean offered(EntityManager em, DictionaryKind kind, String code) {
        DictionaryItem item = find(em, kind, code);
        return item != null && item.toData().active();
    }

    private static DictionaryItem find(EntityManager em, DictionaryKind kind, String code) {
        return em.createQuery("SELECT d FROM DictionaryItem d WHERE d.kind = :kind AND d.code = :code",
                        DictionaryItem.class).setParameter("kind", kind).setParameter("code", code)
                .getResultList().stream().findFirst().orElse(null);
    }
}

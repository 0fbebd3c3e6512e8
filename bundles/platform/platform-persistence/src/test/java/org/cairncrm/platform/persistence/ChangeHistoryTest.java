package org.cairncrm.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import javax.persistence.ElementCollection;
import javax.persistence.FetchType;

import org.cairncrm.platform.api.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the entity listener writes to the history, without a database: the JPA callbacks called as JPA would. */
class ChangeHistoryTest {

    @RecordType(value = "test.thing", path = "things")
    static class Thing extends ScopedEntity {
        String name;
        @HistoryMasked
        String secret;
        @HistoryIgnored
        int counter;
        @ElementCollection(fetch = FetchType.EAGER)
        Set<String> tags = new TreeSet<>();
        @ElementCollection(fetch = FetchType.LAZY)
        Set<String> lazy = new TreeSet<>();
        Map<String, String> rights = new HashMap<>();
    }

    private final List<HistoryEntry> entries = new ArrayList<>();
    private final Consumer<HistoryEntry> journal = entries::add;
    private final AuditStamper stamper = new AuditStamper();

    @BeforeEach
    void install() {
        ChangeTracking.install(journal);
    }

    @AfterEach
    void uninstall() {
        ChangeTracking.uninstall(journal);
    }

    @Test
    void anUpdateRecordsEachChangedFieldWithOldAndNewValue() throws Exception {
        Thing thing = loaded(7);
        thing.name = "Anvil 2";
        thing.counter = 99;
        thing.tags.add("heavy");
        thing.rights.put("b", "2");
        thing.assign(5, "wholesale");
        Caller.runAs("clara", () -> {
            stamper.modified(thing);
            return null;
        });

        Map<String, HistoryEntry> byField = new HashMap<>();
        entries.forEach(e -> byField.put(e.field(), e));
        assertEquals(Set.of("name", "tags", "rights", "ownerId", "lineOfBusiness"), byField.keySet());
        assertEquals("Anvil", byField.get("name").oldValue());
        assertEquals("Anvil 2", byField.get("name").newValue());
        assertEquals("heavy, iron", byField.get("tags").newValue());
        assertEquals("a=1, b=2", byField.get("rights").newValue());
        assertEquals("retail", byField.get("lineOfBusiness").oldValue());
        HistoryEntry any = byField.get("name");
        assertEquals("UPDATED", any.action());
        assertEquals("clara", any.by());
        assertEquals("test.thing", any.recordType());
        assertEquals("test/things", any.path());
        assertEquals(7, any.recordId());
        assertEquals(5L, any.owner());
        assertEquals("wholesale", any.line());
    }

    @Test
    void aSecretIsNamedAsChangedButNeverShown() throws Exception {
        Thing thing = loaded(8);
        thing.secret = "new-hash";
        stamper.modified(thing);
        assertEquals(1, entries.size());
        assertEquals("secret", entries.get(0).field());
        assertEquals(HistoryMasked.MASK, entries.get(0).oldValue());
        assertEquals(HistoryMasked.MASK, entries.get(0).newValue());
        assertFalse(entries.toString().contains("hash"));
    }

    @Test
    void nothingChangedWritesNothingAndCreateAndDeleteWriteOneLineEach() throws Exception {
        Thing thing = loaded(9);
        thing.counter++;
        stamper.modified(thing);
        assertTrue(entries.isEmpty());
        stamper.inserted(thing);
        stamper.removed(thing);
        assertEquals(List.of("CREATED", "DELETED"), entries.stream().map(HistoryEntry::action).toList());
    }

    /** A thing as JPA would hand it over after loading it. */
    private Thing loaded(long id) throws Exception {
        Thing thing = new Thing();
        Field idField = AuditedEntity.class.getDeclaredField("id");
        idField.setAccessible(true);
        idField.set(thing, id);
        thing.name = "Anvil";
        thing.secret = "old-hash";
        thing.tags.add("iron");
        thing.rights.put("a", "1");
        thing.assign(3, "retail");
        stamper.loaded(thing);
        return thing;
    }
}

package org.cairncrm.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RecordRefTest {

    @Test
    void textFormRoundTrips() {
        RecordRef ref = RecordRef.parse("contacts.company:42");
        assertEquals(new RecordRef("contacts.company", 42), ref);
        assertEquals("contacts", ref.module());
        assertEquals("contacts.company:42", ref.toString());
    }

    @Test
    void malformedReferencesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RecordRef.parse("company:42"));
        assertThrows(IllegalArgumentException.class, () -> RecordRef.parse("contacts.company:x"));
        assertThrows(IllegalArgumentException.class, () -> RecordRef.parse("contacts.company:0"));
    }

    @Test
    void topicsFollowTheModuleEntityChangeScheme() {
        assertEquals("cairn/itest/Item/CREATED", EventTopics.recordChange("itest", "Item", EventTopics.Change.CREATED));
        assertEquals("cairn/journal/StepAdded", EventTopics.domain("journal", "StepAdded"));
        assertThrows(IllegalArgumentException.class, () -> EventTopics.domain("Journal", "stepAdded"));
    }
}

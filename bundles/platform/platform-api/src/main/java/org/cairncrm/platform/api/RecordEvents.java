package org.cairncrm.platform.api;

import java.util.Map;

/**
 * Posts Cairn's events on OSGi EventAdmin once the transaction that made the change has committed: subscribers
 * never hear of a change that was rolled back. Outside a transaction the event is posted at once. An OSGi service of
 * the platform; modules call it inside their transaction, right where the change is made.
 */
public interface RecordEvents {

    /**
     * Posts {@code cairn/<module>/<Entity>/<change>} with the properties {@link EventTopics#RECORD},
     * {@link EventTopics#ID} and {@link EventTopics#BY} (the current {@link Caller}).
     *
     * @param record the changed record; its type's module names the topic's module
     * @param entity the entity's name in the topic, e.g. {@code Company}
     */
    void changed(RecordRef record, String entity, EventTopics.Change change);

    /** Posts a domain event, e.g. {@code cairn/journal/StepAdded}, with the same rule. */
    void post(String topic, Map<String, ?> properties);
}

package org.cairncrm.platform.persistence.internal;

import java.util.HashMap;
import java.util.Map;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.cairncrm.platform.api.Caller;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** {@link RecordEvents} on the JTA transaction of the caller. */
@Component(service = RecordEvents.class)
public class AfterCommitEvents implements RecordEvents {

    private final EventAdmin eventAdmin;
    private final TransactionSynchronizationRegistry transactions;

    @Activate
    public AfterCommitEvents(@Reference EventAdmin eventAdmin,
                             @Reference TransactionSynchronizationRegistry transactions) {
        this.eventAdmin = eventAdmin;
        this.transactions = transactions;
    }

    @Override
    public void changed(RecordRef record, String entity, EventTopics.Change change) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(EventTopics.RECORD, record.toString());
        properties.put(EventTopics.ID, record.id());
        properties.put(EventTopics.BY, Caller.currentLogin());
        post(EventTopics.recordChange(record.module(), entity, change), properties);
    }

    @Override
    public void post(String topic, Map<String, ?> properties) {
        Event event = new Event(topic, properties);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        eventAdmin.postEvent(event);
                    }
                }
            });
        } else {
            eventAdmin.postEvent(event);
        }
    }
}

package org.cairncrm.itest.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.ScopedEntity;

@Entity
@Table(name = "itest_item")
public class Item extends ScopedEntity {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "note", length = 2000)
    private String note;

    void apply(ItemData data) {
        name = data.name().strip();
        quantity = data.quantity();
        dueDate = data.dueDate();
        note = data.note();
    }

    void place(long owner, String line) {
        assign(owner, line);
    }

    ItemData toData() {
        return new ItemData(getId(), getVersion(), name, quantity, dueDate, note, lineOfBusiness(), ownerId(),
                auditStamp());
    }
}

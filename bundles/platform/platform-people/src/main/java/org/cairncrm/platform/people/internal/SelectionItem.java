package org.cairncrm.platform.people.internal;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One record of a selection, at its place. */
@Entity
@Table(name = "people_selection_item")
@IdClass(SelectionItem.Key.class)
public class SelectionItem {

    @Id
    @Column(name = "selection_id")
    private long selectionId;
    @Id
    @Column(name = "position")
    private int position;
    @Column(name = "record_id", nullable = false)
    private long recordId;

    protected SelectionItem() {
    }

    SelectionItem(long selectionId, int position, long recordId) {
        this.selectionId = selectionId;
        this.position = position;
        this.recordId = recordId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long selectionId;
        private int position;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.selectionId == selectionId && k.position == position;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(selectionId) * 31 + position;
        }
    }
}

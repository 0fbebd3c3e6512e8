package org.cairncrm.contacts.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * One record's value of one custom field: as text always (what cards show and text filters search), and as a
 * number or a date too when the field holds one, so that filters compare numbers and dates as such.
 */
@Entity
@Table(name = "contacts_field_value")
@IdClass(FieldValue.Key.class)
public class FieldValue {

    @Id
    @Column(name = "field_id")
    private long fieldId;
    @Id
    @Column(name = "record_id")
    private long recordId;
    @Column(name = "text_value", nullable = false, length = 2000)
    private String text;
    @Column(name = "number_value", precision = 19, scale = 4)
    private BigDecimal number;
    @Column(name = "date_value")
    private LocalDate date;

    protected FieldValue() {
    }

    FieldValue(long fieldId, long recordId) {
        this.fieldId = fieldId;
        this.recordId = recordId;
    }

    void set(String text, BigDecimal number, LocalDate date) {
        this.text = text;
        this.number = number;
        this.date = date;
    }

    long fieldId() {
        return fieldId;
    }

    long recordId() {
        return recordId;
    }

    String text() {
        return text;
    }

    BigDecimal number() {
        return number;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long fieldId;
        private long recordId;

        public Key() {
        }

        Key(long fieldId, long recordId) {
            this.fieldId = fieldId;
            this.recordId = recordId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.fieldId == fieldId && k.recordId == recordId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(fieldId) * 31 + Long.hashCode(recordId);
        }
    }
}

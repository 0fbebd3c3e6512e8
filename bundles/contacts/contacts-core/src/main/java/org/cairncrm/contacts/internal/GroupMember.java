package org.cairncrm.contacts.internal;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A company or representative (after the group's kind) in a group. */
@Entity
@Table(name = "contacts_group_member")
@IdClass(GroupMember.Key.class)
public class GroupMember {

    @Id
    @Column(name = "group_id")
    private long groupId;
    @Id
    @Column(name = "member_id")
    private long memberId;

    protected GroupMember() {
    }

    GroupMember(long groupId, long memberId) {
        this.groupId = groupId;
        this.memberId = memberId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long groupId;
        private long memberId;

        public Key() {
        }

        Key(long groupId, long memberId) {
            this.groupId = groupId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.groupId == groupId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(groupId) * 31 + Long.hashCode(memberId);
        }
    }
}

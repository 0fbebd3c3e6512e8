package org.cairncrm.contacts.internal;

import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;

/** Tells the companies' search index which company a transaction wrote (JPA makes listeners, not OSGi). */
public class CompanyIndexListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Company company) {
        CompanySearchIndex.touched(company.getId());
    }
}

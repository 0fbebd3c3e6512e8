package org.cairncrm.platform.people;

/** What an employee group is. */
public enum GroupKind { DEPARTMENT, TEAM, ADHOC }

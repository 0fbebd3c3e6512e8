/**
 * Calendar rules shared by the modules: RFC 5545 recurrence of tasks, reminders and calendar feeds, read and
 * expanded by dmfs lib-recur (inside this bundle).
 */
@Version("1.0.0")
package org.cairncrm.platform.api.calendar;

import org.osgi.annotation.versioning.Version;

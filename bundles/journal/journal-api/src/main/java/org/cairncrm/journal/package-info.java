/**
 * The journal module as other modules and add-ons use it: contact cases (one topic handled with one customer), the
 * steps recorded in them, the next action every open case carries, and the journal of a company or person. The
 * services are OSGi services of {@code cairn-journal}; every call checks the caller's keys and data scope. Changes
 * are posted as OSGi events after commit ({@link Journal#CASE_TOPIC}, {@link Journal#STEP_TOPIC}).
 */
@Version("0.1.0")
package org.cairncrm.journal;

import org.osgi.annotation.versioning.Version;

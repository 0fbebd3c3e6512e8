/**
 * The contacts module as other modules and add-ons use it: companies, the representatives who work at them,
 * groups of either, and the dictionaries (industries, statuses, categories, areas) their cards draw on. The
 * services are OSGi services of {@code cairn-contacts}; every call checks the caller's keys and data scope.
 */
@Version("1.1.0")
package org.cairncrm.contacts;

import org.osgi.annotation.versioning.Version;

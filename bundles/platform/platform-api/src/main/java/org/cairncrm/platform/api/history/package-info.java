/**
 * The change history of records: who changed which field from what to what and when, plus sign-ins, permission
 * changes and deletions. The platform writes it for every entity; modules only read it.
 */
@Version("1.0.0")
package org.cairncrm.platform.api.history;

import org.osgi.annotation.versioning.Version;

/**
 * Who works with Cairn: employees, their accounts (logins) and the roles granted to them. Signing in goes through
 * the JAAS realm {@code cairn}, backed by {@link org.cairncrm.platform.people.Accounts}.
 */
@Version("0.3.0")
package org.cairncrm.platform.people;

import org.osgi.annotation.versioning.Version;

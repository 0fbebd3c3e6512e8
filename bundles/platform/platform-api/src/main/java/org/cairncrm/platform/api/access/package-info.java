/**
 * Who may do what: permission keys that modules declare, the identity of the signed-in caller with its permissions
 * and data scopes, and {@link org.cairncrm.platform.api.access.Access}, the one way every REST resource and console
 * view checks them.
 */
@Version("1.0.0")
package org.cairncrm.platform.api.access;

import org.osgi.annotation.versioning.Version;

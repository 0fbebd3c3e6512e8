/**
 * How a module's {@code -ui} bundle contributes to the staff console: register a
 * {@link org.cairncrm.console.ViewContribution} service and the console adds the view's route and menu entry for
 * every user holding its permission, in open sessions too, and takes them away when the service goes.
 */
@Version("1.4.0")
package org.cairncrm.console;

import org.osgi.annotation.versioning.Version;

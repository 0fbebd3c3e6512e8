/** Reading and writing CSV files as spreadsheets make and read them, for every module's imports and exports. */
@Version("1.0.0")
package org.cairncrm.platform.api.csv;

import org.osgi.annotation.versioning.Version;

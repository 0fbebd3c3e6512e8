package org.cairncrm.platform.people.internal;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The JAAS realm {@code cairn}: REST, the console and (when configured) the Karaf shell sign people in with it.
 * Karaf's proxy module loads {@link CairnLoginModule} from this bundle; it exists only while accounts can be checked.
 */
@Component(service = JaasRealm.class, property = "org.apache.karaf.jaas.realm.name=cairn")
public class CairnRealm implements JaasRealm {

    static final String NAME = "cairn";

    private final AppConfigurationEntry[] entries;

    @Activate
    public CairnRealm(BundleContext context, @Reference org.cairncrm.platform.people.Accounts accounts) {
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, CairnLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(BundleContext.class.getName(), context);
        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)
        };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}

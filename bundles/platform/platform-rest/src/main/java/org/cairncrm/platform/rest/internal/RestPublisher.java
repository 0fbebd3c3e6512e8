package org.cairncrm.platform.rest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.PlatformHealth;
import org.cairncrm.platform.api.StartupWork;
import org.cairncrm.platform.api.access.Authenticator;
import org.cairncrm.platform.api.history.RecordHistory;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The REST whiteboard: serves every {@link RestResource} service under {@code /api/<module>/} (the module named by
 * its {@code cairn.module} property) with the shared providers, and takes a module's address down when its last
 * resource goes. The platform's own resources live at the root, which also answers unknown addresses with 404.
 * CXF's servlet sits at {@code /api} ({@code etc/org.apache.cxf.osgi.cfg}).
 */
@Component(immediate = true, service = {}, configurationPid = "org.cairncrm.platform.rest")
@Designate(ocd = RestPublisher.Config.class)
public class RestPublisher implements ServiceTrackerCustomizer<RestResource, RestResource> {

    @ObjectClassDefinition(name = "Cairn REST", description = "How the platform serves /api")
    public @interface Config {
        @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones get 413")
        long maxBodyBytes() default 1_048_576;

        @AttributeDefinition(description = "Largest uploaded file (CSV, XLSX, vCard bodies), in bytes")
        long maxUploadBytes() default 104_857_600;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RestPublisher.class);
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Set<String> RESERVED = Set.of("health", "modules", "openapi.json", "api");

    private final BundleContext context;
    private final PlatformHealth health;
    private final ModuleRegistry modules;
    private final StartupWork startup;
    /** Created on the publisher's thread, guarded by this. */
    private Bus bus;
    /** Made on the publisher's thread too (Jackson's first mapper takes a moment), guarded by this. */
    private ObjectMapper mapper;
    private OpenApiDocument openApi;
    private final long maxBodyBytes;
    private final long maxUploadBytes;
    private final Map<String, Map<ServiceReference<RestResource>, RestResource>> resources = new TreeMap<>();
    private final Map<String, Server> servers = new LinkedHashMap<>();
    private Server root;
    private ServiceTracker<RestResource, RestResource> tracker;
    private static final long QUIET_MILLIS = 200;
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cairn-rest-publisher");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ScheduledFuture<?>> pending = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per module whose resources wait to be published: counted as its start-up work, so it is not UP before. */
    private final Map<String, StartupWork.Running> publishing = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean closed;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RecordHistory history;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.cairncrm.platform.api.jobs.Jobs jobs;

    @Activate
    public RestPublisher(BundleContext context, Config config, @Reference PlatformHealth health,
                         @Reference ModuleRegistry modules, @Reference StartupWork startup) {
        this.context = context;
        this.health = health;
        this.modules = modules;
        this.startup = startup;
        this.maxBodyBytes = config.maxBodyBytes();
        this.maxUploadBytes = config.maxUploadBytes();
        // Jackson's mapper, CXF's bus and the root address take most of a second on a cold server: done on the
        // publisher's thread, so that the framework goes on starting the other bundles meanwhile
        publisher.execute(this::open);
    }

    private synchronized void open() {
        if (closed) {
            return;
        }
        mapper = JsonMapping.mapper();
        openApi = new OpenApiDocument(mapper);
        bus = withOwnClassLoader(() -> BusFactory.newInstance().createBus());
        root = start("/", List.of(new PlatformResource(health, modules, this::openApiDocument),
                new JobResource(() -> jobs)));
        tracker = new ServiceTracker<>(context, RestResource.class, this);
        tracker.open();
        LOG.info("REST API ready under /api (request bodies up to {} bytes)", maxBodyBytes);
    }

    @Deactivate
    synchronized void deactivate() {
        closed = true;
        publisher.shutdownNow();
        if (tracker != null) {
            tracker.close();
        }
        servers.values().forEach(Server::destroy);
        servers.clear();
        publishing.values().forEach(StartupWork.Running::close);
        publishing.clear();
        if (root != null) {
            root.destroy();
        }
        if (bus != null) {
            bus.shutdown(true);
        }
    }

    @Override
    public RestResource addingService(ServiceReference<RestResource> reference) {
        Object property = reference.getProperty(CairnModule.MODULE_PROPERTY);
        String module = property == null ? null : property.toString();
        if (module == null || !MODULE_NAME.matcher(module).matches() || RESERVED.contains(module)) {
            LOG.error("REST resource of bundle {} not published: property {} must be a module name, was '{}'",
                    reference.getBundle().getSymbolicName(), CairnModule.MODULE_PROPERTY, module);
            return null;
        }
        RestResource resource = context.getService(reference);
        if (resource == null) {
            return null;
        }
        List<String> unguarded = Guards.unguarded(resource.getClass());
        if (!unguarded.isEmpty()) {
            LOG.error("REST resource of bundle {} not published: {} name no guard (@RequiresPermission, "
                    + "@RequiresSignIn or @PublicAccess)", reference.getBundle().getSymbolicName(), unguarded);
            context.ungetService(reference);
            return null;
        }
        synchronized (this) {
            resources.computeIfAbsent(module, m -> new LinkedHashMap<>()).put(reference, resource);
            scheduleRepublish(module);
        }
        return resource;
    }

    @Override
    public void modifiedService(ServiceReference<RestResource> reference, RestResource service) {
        // a changed module property would need a move; modules do not do that
    }

    @Override
    public void removedService(ServiceReference<RestResource> reference, RestResource service) {
        synchronized (this) {
            for (String module : List.copyOf(resources.keySet())) {
                Map<ServiceReference<RestResource>, RestResource> current = resources.get(module);
                if (current.remove(reference) != null) {
                    if (current.isEmpty()) {
                        resources.remove(module);
                    }
                    // a resource that goes is withdrawn at once: its bundle may be stopping
                    ScheduledFuture<?> waiting = pending.remove(module);
                    if (waiting != null) {
                        waiting.cancel(false);
                    }
                    republish(module);
                }
            }
        }
        context.ungetService(reference);
    }

    /**
     * A module registers its resources one by one as its components start: publishing after each would take its
     * address down and up again several times while clients already call it. So changes are gathered for a moment
     * and published once.
     */
    private void scheduleRepublish(String module) {
        publishing.computeIfAbsent(module, m -> startup.begin(m, "publishing its REST resources"));
        ScheduledFuture<?> previous = pending.put(module, publisher.schedule(() -> {
            synchronized (this) {
                pending.remove(module);
                if (!closed) {
                    republish(module);
                }
            }
        }, QUIET_MILLIS, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void republish(String module) {
        try {
            publish(module);
        } finally {
            StartupWork.Running running = pending.containsKey(module) ? null : publishing.remove(module);
            if (running != null) {
                running.close();
            }
        }
    }

    private void publish(String module) {
        Server old = servers.remove(module);
        if (old != null) {
            old.destroy();
        }
        Map<ServiceReference<RestResource>, RestResource> current = resources.get(module);
        if (current == null || current.isEmpty()) {
            LOG.info("REST resources of module '{}' withdrawn from /api/{}", module, module);
            return;
        }
        try {
            List<Object> beans = new ArrayList<>(current.values());
            beans.add(new HistoryResource(module, () -> history));
            servers.put(module, start("/" + module, beans));
            LOG.info("REST resources of module '{}' published at /api/{} ({} resource classes)", module, module,
                    current.size());
        } catch (RuntimeException e) {
            LOG.error("Cannot publish REST resources of module '{}'", module, e);
        }
    }

    private Server start(String address, List<Object> beans) {
        return withOwnClassLoader(() -> {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(address);
            factory.setServiceBeans(beans);
            factory.setProviders(List.of(JsonMapping.provider(mapper), new ErrorMappers.Any(),
                    new ErrorMappers.Web(() -> authenticator), new BodySizeLimit(maxBodyBytes, maxUploadBytes), new AccessFilter(() -> authenticator)));
            return factory.create();
        });
    }

    private synchronized JsonNode openApiDocument() {
        Map<String, Collection<Bundle>> published = new TreeMap<>();
        resources.forEach((module, refs) -> published.put(module,
                refs.keySet().stream().map(ServiceReference::getBundle).distinct().toList()));
        return openApi.build(context.getBundle(), published);
    }

    private static <T> T withOwnClassLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestPublisher.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

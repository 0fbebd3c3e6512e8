package org.cairncrm.console.internal;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.internal.ComponentMetaData;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.internal.ReflectionCache;
import com.vaadin.flow.server.VaadinService;

/**
 * Makes Vaadin forget the classes of a removed module. Vaadin keeps what it learnt about component classes for the
 * life of the application, which in a servlet container is the life of the class loader; here a module's bundle
 * goes away while Vaadin runs on, and each of these holds one of its classes and so its whole class loader:
 * <ul>
 * <li>{@link ReflectionCache}s (component metadata, route parameters ...), cleared through their public API;</li>
 * <li>{@code UIInternals.warnedAboutDeps}, a static set of the component classes warned about;</li>
 * <li>{@code VaadinService.serviceDestroyListeners}: each component class's metadata registers a listener there
 * the first time it is shown, and never removes it.</li>
 * </ul>
 * The two private fields are read by reflection; if a Vaadin update renames them, a warning is logged and the
 * console test that checks the unloading fails.
 */
final class VaadinCaches {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinCaches.class);

    private final Supplier<Optional<VaadinService>> service;

    /** @param service the running application's service, empty until the servlet has started */
    VaadinCaches(Supplier<Optional<VaadinService>> service) {
        this.service = service;
    }

    /** Drops every reference Vaadin keeps to classes of {@code loader}. */
    void forget(ClassLoader loader) {
        ReflectionCache.clearAll();
        try {
            forgetWarnings(loader);
            service.get().ifPresent(running -> forgetDestroyListeners(running, loader));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Vaadin may keep classes of a removed module in memory: {}", e.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static void forgetWarnings(ClassLoader loader) throws ReflectiveOperationException {
        Field field = UIInternals.class.getDeclaredField("warnedAboutDeps");
        field.setAccessible(true);
        Set<Class<?>> warned = (Set<Class<?>>) field.get(null);
        synchronized (warned) {
            warned.removeIf(type -> type.getClassLoader() == loader);
        }
    }

    private static void forgetDestroyListeners(VaadinService running, ClassLoader loader) {
        try {
            Field field = VaadinService.class.getDeclaredField("serviceDestroyListeners");
            field.setAccessible(true);
            Collection<?> listeners = (Collection<?>) field.get(running);
            listeners.removeIf(listener -> metadataOf(listener, loader));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code listener} is a metadata's listener for a component class of {@code loader}. */
    private static boolean metadataOf(Object listener, ClassLoader loader) {
        try {
            for (Field captured : listener.getClass().getDeclaredFields()) {
                captured.setAccessible(true);
                if (captured.get(listener) instanceof ComponentMetaData metadata) {
                    Field type = ComponentMetaData.class.getDeclaredField("componentClass");
                    type.setAccessible(true);
                    return ((Class<?>) type.get(metadata)).getClassLoader() == loader;
                }
            }
            return false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}

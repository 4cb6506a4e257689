package org.eden.portail.shared;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lets the screens read a record's components as properties: {@code #{ligne.nom}} calls
 * {@code ligne.nom()}. Jakarta EL 5 (the server's) looks for a getter {@code getNom()} only, so
 * without this resolver a screen's view of an entity had to be a class of fields and getters.
 * Read-only, like a record. Registered in faces-config.xml, before the standard bean resolver.
 */
public final class ResolveurRecords extends ELResolver {

    /** The accessors of each record class, by component name, looked up once per class. */
    private static final ClassValue<Map<String, Method>> ACCESSEURS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accesseurs = Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor));
            // A record of a package-private type (or nested in one) is read from this package too.
            accesseurs.values().forEach(Method::trySetAccessible);
            return accesseurs;
        }
    };

    @Override
    public Object getValue(ELContext contexte, Object base, Object propriete) {
        Method accesseur = accesseur(base, propriete);
        if (accesseur == null) {
            return null;
        }
        contexte.setPropertyResolved(base, propriete);
        try {
            return accesseur.invoke(base);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext contexte, Object base, Object propriete) {
        if (accesseur(base, propriete) != null) {
            contexte.setPropertyResolved(base, propriete);
        }
        // EL 5: null for a property that cannot be written.
        return null;
    }

    @Override
    public void setValue(ELContext contexte, Object base, Object propriete, Object valeur) {
        if (accesseur(base, propriete) != null) {
            contexte.setPropertyResolved(base, propriete);
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + "." + propriete + " : un record ne se modifie pas");
        }
    }

    @Override
    public boolean isReadOnly(ELContext contexte, Object base, Object propriete) {
        if (accesseur(base, propriete) != null) {
            contexte.setPropertyResolved(base, propriete);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext contexte, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Method accesseur(Object base, Object propriete) {
        if (base == null || !base.getClass().isRecord() || !(propriete instanceof String nom)) {
            return null;
        }
        return ACCESSEURS.get(base.getClass()).get(nom);
    }
}

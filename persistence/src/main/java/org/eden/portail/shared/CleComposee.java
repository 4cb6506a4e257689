package org.eden.portail.shared;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A composite primary key (an entity's {@code @IdClass}): two keys are equal when they are of the
 * same class and their parts are, part by part. JPA wants the key's fields named as the entity's
 * {@code @Id} fields, so each key keeps its own fields and only names them in {@link #parties()}.
 */
public abstract class CleComposee implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key's parts, in a fixed order. */
    protected abstract Object[] parties();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(parties(), ((CleComposee) o).parties());
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(parties());
    }
}

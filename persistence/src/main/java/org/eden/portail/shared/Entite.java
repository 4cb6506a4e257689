package org.eden.portail.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Objects;

/**
 * Identity and optimistic locking shared by every entity. Ids come from one database sequence
 * (identity columns are avoided: EclipseLink's IDENTITY DDL is refused by WildFly's H2), allocated
 * by blocks of 50 so that a burst of inserts does not hit the sequence each time.
 */
@MappedSuperclass
public abstract class Entite implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eden_seq")
    @SequenceGenerator(name = "eden_seq", sequenceName = "eden_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        Entite that = (Entite) other;
        return id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), id);
    }
}

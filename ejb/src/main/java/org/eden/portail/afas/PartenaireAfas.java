package org.eden.portail.afas;

import java.io.Serializable;

/** A partner of the Caf having an équipement, as the back office's filter offers it. */
public record PartenaireAfas(Long id, String nom) implements Serializable {
}

package org.eden.portail.cdap;

import java.io.Serializable;
import java.time.LocalDate;

/** Section Courrier: a letter sent to the allocataire. */
public record Courrier(LocalDate date, String objet) implements Serializable {
}

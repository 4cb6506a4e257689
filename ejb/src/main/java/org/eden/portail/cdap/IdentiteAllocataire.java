package org.eden.portail.cdap;

import java.io.Serializable;
import java.time.LocalDate;

/** Section Dossier: who the allocataire is and his situation. */
public record IdentiteAllocataire(String civilite, String nom, String prenom, LocalDate dateNaissance, String situationFamiliale,
                                  String activite, LocalDate dateAffiliation) implements Serializable {
}

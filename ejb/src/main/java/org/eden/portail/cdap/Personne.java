package org.eden.portail.cdap;

import java.io.Serializable;
import java.time.LocalDate;

/** Section Famille: one member of the household (ALLOCATAIRE, CONJOINT, ENFANT). */
public record Personne(String role, String nom, String prenom, String sexe, LocalDate dateNaissance) implements Serializable {
}

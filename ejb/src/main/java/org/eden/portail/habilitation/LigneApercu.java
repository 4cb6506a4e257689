package org.eden.portail.habilitation;

import java.io.Serializable;

/** R-HAB-10: one line of an import, as previewed or as run (a JavaBean for the screens). */
public final class LigneApercu implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int numero;
    private final String nom;
    private final String prenom;
    private final String email;
    private final String groupes;
    private final String resultat;
    private final String identifiant;
    private final String message;

    public LigneApercu(int numero, String nom, String prenom, String email, String groupes, String resultat,
                       String identifiant, String message) {
        this.numero = numero;
        this.nom = nom;
        this.prenom = prenom;
        this.email = email;
        this.groupes = groupes;
        this.resultat = resultat;
        this.identifiant = identifiant;
        this.message = message;
    }

    public int getNumero() {
        return numero;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getEmail() {
        return email;
    }

    public String getGroupes() {
        return groupes;
    }

    /** "OK" / "ERREUR" in a preview, "CREEE" / "REFUSEE" (or empty while waiting) in a report. */
    public String getResultat() {
        return resultat;
    }

    public boolean isEnErreur() {
        return "ERREUR".equals(resultat) || "REFUSEE".equals(resultat);
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getMessage() {
        return message;
    }
}

package org.eden.portail.habilitation;

import java.io.Serializable;
import java.time.Instant;

/** One row of the managers' users list (a JavaBean: Faces 4.0's EL reads getters only). */
public final class LigneUtilisateur implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String identifiant;
    private final String nom;
    private final String prenom;
    private final String email;
    private final String statut;
    private final String statutLibelle;
    private final Instant derniereConnexion;
    private final String groupes;
    private final String profils;

    LigneUtilisateur(String identifiant, String nom, String prenom, String email, String statut, String statutLibelle,
                     Instant derniereConnexion, String groupes, String profils) {
        this.identifiant = identifiant;
        this.nom = nom;
        this.prenom = prenom;
        this.email = email;
        this.statut = statut;
        this.statutLibelle = statutLibelle;
        this.derniereConnexion = derniereConnexion;
        this.groupes = groupes;
        this.profils = profils;
    }

    public String getIdentifiant() {
        return identifiant;
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

    /** ACTIF, PROVISOIRE, SUSPENDU. */
    public String getStatut() {
        return statut;
    }

    public String getStatutLibelle() {
        return statutLibelle;
    }

    public Instant getDerniereConnexion() {
        return derniereConnexion;
    }

    /** Paths of his groups, separated by commas. */
    public String getGroupes() {
        return groupes;
    }

    /** His habilitations not devalidated, e.g. "CDAP T2, AFAS APPROBATEUR (suspendue)". */
    public String getProfils() {
        return profils;
    }
}

package org.eden.portail.habilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.Textes;

/** R-HAB-10: one line of a bulk import as read, then its result (created identifier or the refusal naming its rule). */
@Entity
@Table(name = "ligne_import")
public class LigneImport extends Entite {

    private static final long serialVersionUID = 1L;
    private static final int LONGUEUR_MESSAGE = 1000;

    @Column(name = "import_id", nullable = false, updatable = false)
    private Long importId;

    @Column(nullable = false, updatable = false)
    private int numero;

    @Column(length = 100, updatable = false)
    private String nom;

    @Column(length = 100, updatable = false)
    private String prenom;

    @Column(length = 255, updatable = false)
    private String email;

    @Column(length = 1000, updatable = false)
    private String groupes;

    @Column(length = 10)
    private String resultat;

    @Column(length = 20)
    private String identifiant;

    @Column(length = LONGUEUR_MESSAGE)
    private String message;

    protected LigneImport() {
    }

    public LigneImport(Long importId, int numero, String nom, String prenom, String email, String groupes) {
        this.importId = importId;
        this.numero = numero;
        this.nom = Textes.tronquer(nom, 100);
        this.prenom = Textes.tronquer(prenom, 100);
        this.email = Textes.tronquer(email, 255);
        this.groupes = Textes.tronquer(groupes, 1000);
    }

    public void creee(String identifiantCree) {
        resultat = "CREEE";
        identifiant = identifiantCree;
        message = null;
    }

    public void refusee(String motif) {
        resultat = "REFUSEE";
        identifiant = null;
        message = Textes.tronquer(motif, LONGUEUR_MESSAGE);
    }

    public boolean estTraitee() {
        return resultat != null;
    }

    public Long getImportId() {
        return importId;
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

    public String getResultat() {
        return resultat;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getMessage() {
        return message;
    }
}

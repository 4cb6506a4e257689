package org.eden.portail.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;

import java.time.Instant;

/** One message in an incident's thread: from the Caf's desk or from the partner. */
@Entity
@Table(name = "incident_commentaire")
public class CommentaireIncident extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    private Incident incident;

    @Column(nullable = false, length = 20, updatable = false)
    private String auteur;

    /** True for the Caf's desk, false for the partner. */
    @Column(name = "de_la_caf", nullable = false, updatable = false)
    private boolean deLaCaf;

    @Column(nullable = false, updatable = false)
    private Instant le;

    @Column(nullable = false, length = 4000, updatable = false)
    private String texte;

    protected CommentaireIncident() {
    }

    CommentaireIncident(Incident incident, String auteur, boolean deLaCaf, Instant le, String texte) {
        this.incident = incident;
        this.auteur = auteur;
        this.deLaCaf = deLaCaf;
        this.le = le;
        this.texte = texte;
    }

    public String getAuteur() {
        return auteur;
    }

    public boolean isDeLaCaf() {
        return deLaCaf;
    }

    public Instant getLe() {
        return le;
    }

    public String getTexte() {
        return texte;
    }
}

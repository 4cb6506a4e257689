package org.eden.portail.afas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;

import java.time.Instant;

/** R-AFAS-4: the written justification of a warning, kept with the declaration (printed at the Caf's controls). */
@Entity
@Table(name = "afas_justification")
public class Justification extends Entite {

    private static final long serialVersionUID = 1L;

    public static final int LONGUEUR = 2000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "declaration_id", nullable = false, updatable = false)
    private Declaration declaration;

    @Column(name = "controle_id", nullable = false, length = 20, updatable = false)
    private String controleId;

    @Column(nullable = false, length = LONGUEUR)
    private String texte;

    @Column(nullable = false, length = 20)
    private String par;

    @Column(nullable = false)
    private Instant le;

    protected Justification() {
    }

    Justification(Declaration declaration, String controleId, String texte, String par, Instant le) {
        this.declaration = declaration;
        this.controleId = controleId;
        modifier(texte, par, le);
    }

    final void modifier(String nouveauTexte, String auteur, Instant quand) {
        this.texte = nouveauTexte;
        this.par = auteur;
        this.le = quand;
    }

    public String getControleId() {
        return controleId;
    }

    public String getTexte() {
        return texte;
    }

    public String getPar() {
        return par;
    }

    public Instant getLe() {
        return le;
    }
}

package org.eden.portail.identite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One published version of the usage rules (R-AUTH-2); the newest one is in force. */
@Entity
@Table(name = "regles_usage")
public class ReglesUsage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 20)
    private String version;

    @Column(nullable = false)
    private String titre;

    @Column(nullable = false, length = 20000)
    private String texte;

    @Column(name = "publiees_le", nullable = false)
    private Instant publieesLe;

    protected ReglesUsage() {
    }

    public ReglesUsage(String version, String titre, String texte, Instant publieesLe) {
        this.version = version;
        this.titre = titre;
        this.texte = texte;
        this.publieesLe = publieesLe;
    }

    public String getVersion() {
        return version;
    }

    public String getTitre() {
        return titre;
    }

    public String getTexte() {
        return texte;
    }

    public Instant getPublieesLe() {
        return publieesLe;
    }
}

package org.eden.portail.shared;

import java.io.Serializable;

/**
 * A partner organisation as its list and its form show it. Mutable: the form edits a copy and
 * hands it back to convention.OrganismeService, which checks it (R-CONV-1: SIRET and its Luhn key).
 */
public class FicheOrganisme implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String codeCaf;
    private String nom;
    private TypeOrganisme type;
    private String siret;
    private String ligne;
    private String codePostal;
    private String commune;

    public FicheOrganisme() {
    }

    public static FicheOrganisme de(OrganismePartenaire o) {
        FicheOrganisme fiche = new FicheOrganisme();
        fiche.id = o.getId();
        fiche.codeCaf = o.getCaf().getCode();
        fiche.nom = o.getNom();
        fiche.type = o.getType();
        fiche.siret = o.getSiret();
        if (o.getAdresse() != null) {
            fiche.ligne = o.getAdresse().getLigne();
            fiche.codePostal = o.getAdresse().getCodePostal();
            fiche.commune = o.getAdresse().getCommune();
        }
        return fiche;
    }

    public Adresse adresse() {
        return new Adresse(vide(ligne), vide(codePostal), vide(commune));
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.trim();
    }

    public Long getId() {
        return id;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public TypeOrganisme getType() {
        return type;
    }

    public void setType(TypeOrganisme type) {
        this.type = type;
    }

    public String getTypeLibelle() {
        return type == null ? null : type.getLibelle();
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getLigne() {
        return ligne;
    }

    public void setLigne(String ligne) {
        this.ligne = ligne;
    }

    public String getCodePostal() {
        return codePostal;
    }

    public void setCodePostal(String codePostal) {
        this.codePostal = codePostal;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }
}

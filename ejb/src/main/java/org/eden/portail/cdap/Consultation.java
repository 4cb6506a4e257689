package org.eden.portail.cdap;

import java.io.Serializable;
import java.util.List;

/**
 * One open consultation (R-CDAP-1): which file, under which profile, with which numéro
 * instructeur (T4), and the sections the profile opens. Small and serialisable: the screen keeps
 * it in its view state, and the service checks it again at every section, so a tampered or stale
 * one opens nothing more.
 */
public final class Consultation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String codeCaf;
    private final String numero;
    private final String profil;
    private final String numeroInstructeur;
    private final List<SectionDossier> sections;

    public Consultation(String codeCaf, String numero, String profil, String numeroInstructeur, List<SectionDossier> sections) {
        this.codeCaf = codeCaf;
        this.numero = numero;
        this.profil = profil;
        this.numeroInstructeur = numeroInstructeur;
        this.sections = List.copyOf(sections);
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public String getNumero() {
        return numero;
    }

    public String getProfil() {
        return profil;
    }

    public String getNumeroInstructeur() {
        return numeroInstructeur;
    }

    /** The sections the profile opens, in screen order (one tab each). */
    public List<SectionDossier> getSections() {
        return sections;
    }

    public boolean ouvre(SectionDossier section) {
        return sections.contains(section);
    }

    /** How traces name the file: Caf and numéro, since a numéro is unique only within its Caf. */
    public String getReference() {
        return codeCaf + "/" + numero;
    }
}

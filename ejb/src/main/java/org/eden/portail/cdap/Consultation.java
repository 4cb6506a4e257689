package org.eden.portail.cdap;

import jakarta.json.bind.annotation.JsonbProperty;

import java.io.Serializable;
import java.util.List;

/**
 * One open consultation (R-CDAP-1): which file, under which profile, with which numéro
 * instructeur (T4), and the sections the profile opens. Small and serialisable: the screen keeps
 * it in its view state, and the service checks it again at every section, so a tampered or stale
 * one opens nothing more.
 */
public record Consultation(String codeCaf, String numero, String profil, String numeroInstructeur, List<SectionDossier> sections)
        implements Serializable {

    /** @param sections the sections the profile opens, in screen order (one tab each) */
    public Consultation {
        sections = List.copyOf(sections);
    }

    public boolean ouvre(SectionDossier section) {
        return sections.contains(section);
    }

    /**
     * How traces name the file: Caf and numéro, since a numéro is unique only within its Caf.
     * Named for the API's JSON, where JSON-B would call a record's method by its full name.
     */
    @JsonbProperty("reference")
    public String getReference() {
        return codeCaf + "/" + numero;
    }
}

package org.eden.portail.incident;

import java.io.Serializable;

/**
 * What a partner's habilitation manager fills in (R-INC-1); the convention and the partner are his,
 * found by the service. A JavaBean the screen binds.
 */
public class NouvelIncident implements Serializable {

    private static final long serialVersionUID = 1L;

    private String profilConcerne;
    private String utilisateurConcerne;
    private String contact;
    private String description;

    public NouvelIncident() {
    }

    public NouvelIncident(String profilConcerne, String utilisateurConcerne, String contact, String description) {
        this.profilConcerne = profilConcerne;
        this.utilisateurConcerne = utilisateurConcerne;
        this.contact = contact;
        this.description = description;
    }

    public String getProfilConcerne() {
        return profilConcerne;
    }

    public void setProfilConcerne(String profilConcerne) {
        this.profilConcerne = profilConcerne;
    }

    public String getUtilisateurConcerne() {
        return utilisateurConcerne;
    }

    public void setUtilisateurConcerne(String utilisateurConcerne) {
        this.utilisateurConcerne = utilisateurConcerne;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** What a failed filing's trace names as its target: nothing personal from the form. */
    @Override
    public String toString() {
        return "NOUVEL_INCIDENT";
    }
}

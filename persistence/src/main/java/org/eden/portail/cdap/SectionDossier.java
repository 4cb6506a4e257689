package org.eden.portail.cdap;

/** R-CDAP-2: the sections of a dossier allocataire, in the order the screens show them. */
public enum SectionDossier {
    DOSSIER("Dossier"),
    DROITS("Droits"),
    ADRESSE("Adresse"),
    FAMILLE("Famille"),
    LOGEMENT("Logement"),
    RSA("RSA"),
    PAIEMENT("Paiement"),
    COURRIER("Courrier"),
    RESSOURCES("Ressources"),
    CREANCES("Créances"),
    ATTESTATION("Attestation de paiement");

    private final String libelle;

    SectionDossier(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    public String getCode() {
        return name();
    }
}

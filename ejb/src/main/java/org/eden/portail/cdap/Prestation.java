package org.eden.portail.cdap;

/** The benefits a file can carry (codes as the Caf's information system writes them). */
public enum Prestation {
    AF("Allocations familiales"),
    PAJE("Prestation d'accueil du jeune enfant (allocation de base)"),
    ASF("Allocation de soutien familial"),
    APL("Aide personnalisée au logement"),
    ALF("Allocation de logement familiale"),
    ALS("Allocation de logement sociale"),
    RSA("Revenu de solidarité active"),
    PPA("Prime d'activité"),
    AAH("Allocation aux adultes handicapés"),
    RETENUE("Retenue pour remboursement d'une créance");

    private final String libelle;

    Prestation(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }

    public String getCode() {
        return name();
    }
}

package org.eden.portail.cdap;

import java.io.Serializable;

/** A produced attestation de paiement: the PDF, its file name and its verification reference. */
public final class AttestationPdf implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String reference;
    private final String nomFichier;
    private final byte[] contenu;

    public AttestationPdf(String reference, String nomFichier, byte[] contenu) {
        this.reference = reference;
        this.nomFichier = nomFichier;
        this.contenu = contenu.clone();
    }

    public String getReference() {
        return reference;
    }

    public String getNomFichier() {
        return nomFichier;
    }

    public byte[] getContenu() {
        return contenu.clone();
    }
}

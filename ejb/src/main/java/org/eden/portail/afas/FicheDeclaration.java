package org.eden.portail.afas;

import java.io.Serializable;

/** R-AFAS-2: the printable record of a transmitted declaration: the PDF and its file name. */
public final class FicheDeclaration implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String nomFichier;
    private final byte[] contenu;

    public FicheDeclaration(String nomFichier, byte[] contenu) {
        this.nomFichier = nomFichier;
        this.contenu = contenu.clone();
    }

    public String getNomFichier() {
        return nomFichier;
    }

    public byte[] getContenu() {
        return contenu.clone();
    }
}

package org.eden.portail.habilitation;

import java.io.Serializable;
import java.util.List;

/** R-HAB-10: where an import stands — progress, counts and, once asked, its per-line report (a JavaBean). */
public final class EtatImport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String fichier;
    private final boolean termine;
    private final int total;
    private final int traitees;
    private final int creees;
    private final int refusees;
    private final List<LigneApercu> lignes;

    EtatImport(ImportUtilisateurs lot, List<LigneApercu> lignes) {
        this.id = lot.getId();
        this.fichier = lot.getFichier();
        this.termine = lot.getStatut() == ImportUtilisateurs.Statut.TERMINE;
        this.total = lot.getTotal();
        this.traitees = lot.getTraitees();
        this.creees = lot.getCreees();
        this.refusees = lot.getRefusees();
        this.lignes = List.copyOf(lignes);
    }

    public Long getId() {
        return id;
    }

    public String getFichier() {
        return fichier;
    }

    public boolean isTermine() {
        return termine;
    }

    public int getTotal() {
        return total;
    }

    public int getTraitees() {
        return traitees;
    }

    public int getCreees() {
        return creees;
    }

    public int getRefusees() {
        return refusees;
    }

    /** 0 to 100, for the progress bar. */
    public int getPourcentage() {
        return total == 0 ? 100 : (int) (100L * traitees / total);
    }

    public List<LigneApercu> getLignes() {
        return lignes;
    }
}

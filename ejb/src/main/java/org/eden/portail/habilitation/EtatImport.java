package org.eden.portail.habilitation;

import java.io.Serializable;
import java.util.List;

/** R-HAB-10: where an import stands — progress, counts and, once asked, its per-line report). */
public record EtatImport(Long id, String fichier, boolean termine, int total, int traitees, int creees, int refusees,
                         List<LigneApercu> lignes) implements Serializable {

    EtatImport(ImportUtilisateurs lot, List<LigneApercu> lignes) {
        this(lot.getId(), lot.getFichier(), lot.getStatut() == ImportUtilisateurs.Statut.TERMINE, lot.getTotal(),
                lot.getTraitees(), lot.getCreees(), lot.getRefusees(), List.copyOf(lignes));
    }

    /** 0 to 100, for the progress bar. */
    public int getPourcentage() {
        return total == 0 ? 100 : (int) (100L * traitees / total);
    }
}

package org.eden.portail.afas;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A declaration as its readers see it (R-AFAS-3): both parts line by line with the previous
 * year's réel and the variance (R-AFAS-10), what is computed, the controls failing now with their
 * justifications (R-AFAS-4), the versions a save must name (R-AFAS-6), and what the reader may do:
 * {@code peutSoumettre} says the submit is his to use, {@code motifNonSoumission} why the aggregate
 * would refuse it now (« Partie financière incomplète… »), null when it would not (R-AFAS-2).
 */
public record DeclarationVue(DeclarationResume resume,
                             EquipementVue equipement,
                             long versionActivite,
                             long versionFinances,
                             String activiteModifieePar,
                             Instant activiteModifieeLe,
                             String financesModifieePar,
                             Instant financesModifieeLe,
                             List<LigneVue> lignes,
                             Indicateurs indicateurs,
                             Indicateurs indicateursReelPrecedent,
                             Integer exerciceReelPrecedent,
                             List<ResultatControle> controles,
                             String commentaire,
                             String transmisePar,
                             Instant transmiseLe,
                             boolean peutSaisirActivite,
                             boolean peutSaisirFinances,
                             boolean peutSoumettre,
                             String motifNonSoumission,
                             boolean peutApprouver) implements Serializable {

    public List<LigneVue> lignes(Partie partie) {
        return lignes.stream().filter(l -> l.partie() == partie).toList();
    }

    public long version(Partie partie) {
        return partie == Partie.ACTIVITE ? versionActivite : versionFinances;
    }

    public boolean bloquee() {
        return controles.stream().anyMatch(ResultatControle::bloquant);
    }
}

package org.eden.portail.convention;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * One line of the back office's lists (R-CONV-9): the list of conventions and the vérificateurs'
 * queue. The screens read it through EL, and export it to CSV and XLSX. {@code soumiseLe}: when it was
 * (last) submitted for verification; null if never.
 */
public record ConventionLigne(Long id, String numero, String codeCaf, String organisme, String siret, String typeOrganisme,
                              StatutConvention statut, String mode, LocalDate dateDebut, String services, String enregistreePar,
                              Instant soumiseLe) implements Serializable {

    static ConventionLigne de(Convention c) {
        return new ConventionLigne(c.getId(), c.getNumero(), c.getCaf().getCode(), c.getOrganisme().getNom(), c.getOrganisme().getSiret(),
                c.getOrganisme().getType().getLibelle(), c.getStatut(), c.getContrat().getMode().getLibelle(), c.getDateDebut(),
                c.getBulletins().stream().map(b -> b.getService().getCode()).sorted().collect(Collectors.joining(", ")),
                c.getEnregistreePar(), soumiseLe(c));
    }

    /** The latest move into "à vérifier": a draft rejected then submitted again queues from its new submission. */
    private static Instant soumiseLe(Convention c) {
        return c.getHistorique().stream()
                .filter(t -> t.getApres() == StatutConvention.A_VERIFIER && t.getAvant() != StatutConvention.A_VERIFIER)
                .map(TransitionConvention::getLe)
                .reduce((premiere, suivante) -> suivante).orElse(null);
    }

    public String getStatutLibelle() {
        return statut.getLibelle();
    }
}

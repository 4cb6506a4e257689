package org.eden.portail.convention;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A convention as the back office shows it (R-CONV-9): contrat, bulletins with quotas, contacts
 * and history. Plain values: no entity leaves the service.
 */
public record ConventionVue(Long id,
                            String numero,
                            String codeCaf,
                            Long organismeId,
                            String organisme,
                            StatutConvention statut,
                            LocalDate dateDebut,
                            LocalDate dateCloture,
                            String enregistreePar,
                            ModeGestion mode,
                            Contact administrateur,
                            Contact suppleant,
                            Contact responsableSecurite,
                            Contact referentInformatiqueLibertes,
                            List<QuotaDemande> quotas,
                            List<Etape> historique,
                            String numeroPrecedente) implements Serializable {

    /** One line of the history. */
    public record Etape(StatutConvention avant, StatutConvention apres, String acteur, Instant le, String motif)
            implements Serializable {
    }

    static ConventionVue de(Convention c) {
        ContratDeService contrat = c.getContrat();
        return new ConventionVue(c.getId(), c.getNumero(), c.getCaf().getCode(), c.getOrganisme().getId(),
                c.getOrganisme().getNom(), c.getStatut(), c.getDateDebut(), c.getDateCloture(), c.getEnregistreePar(),
                contrat.getMode(), contrat.getAdministrateur(), contrat.getSuppleant(), contrat.getResponsableSecurite(),
                contrat.getReferentInformatiqueLibertes(),
                c.getBulletins().stream()
                        .flatMap(b -> b.getQuotas().stream().map(q -> new QuotaDemande(b.getService().getCode(),
                                q.getProfil(), q.getDemande(), q.getAccorde())))
                        .toList(),
                c.getHistorique().stream()
                        .map(t -> new Etape(t.getAvant(), t.getApres(), t.getActeur(), t.getLe(), t.getMotif()))
                        .toList(),
                c.getPrecedente() == null ? null : c.getPrecedente().getNumero());
    }
}

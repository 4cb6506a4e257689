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

        // JavaBean getters beside the accessors: Faces 4.0's EL reads only those.
        public StatutConvention getAvant() {
            return avant;
        }

        public StatutConvention getApres() {
            return apres;
        }

        public String getActeur() {
            return acteur;
        }

        public Instant getLe() {
            return le;
        }

        public String getMotif() {
            return motif;
        }
    }

    // JavaBean getters beside the accessors: the convention page reads this view through Faces 4.0's
    // EL, which knows only getters.

    public Long getId() {
        return id;
    }

    public String getNumero() {
        return numero;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    public String getOrganisme() {
        return organisme;
    }

    public StatutConvention getStatut() {
        return statut;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public LocalDate getDateCloture() {
        return dateCloture;
    }

    public String getEnregistreePar() {
        return enregistreePar;
    }

    public ModeGestion getMode() {
        return mode;
    }

    public Contact getAdministrateur() {
        return administrateur;
    }

    public Contact getSuppleant() {
        return suppleant;
    }

    public Contact getResponsableSecurite() {
        return responsableSecurite;
    }

    public Contact getReferentInformatiqueLibertes() {
        return referentInformatiqueLibertes;
    }

    public List<Etape> getHistorique() {
        return historique;
    }

    public String getNumeroPrecedente() {
        return numeroPrecedente;
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

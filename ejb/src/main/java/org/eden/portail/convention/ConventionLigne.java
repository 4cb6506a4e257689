package org.eden.portail.convention;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * One line of the back office's lists (R-CONV-9): the list of conventions and the vérificateurs'
 * queue. A JavaBean: the screens read it through EL, and export it to CSV and XLSX.
 */
public final class ConventionLigne implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String numero;
    private final String codeCaf;
    private final String organisme;
    private final String siret;
    private final String typeOrganisme;
    private final StatutConvention statut;
    private final String mode;
    private final LocalDate dateDebut;
    private final String services;
    private final String enregistreePar;
    private final Instant soumiseLe;

    private ConventionLigne(Convention c) {
        id = c.getId();
        numero = c.getNumero();
        codeCaf = c.getCaf().getCode();
        organisme = c.getOrganisme().getNom();
        siret = c.getOrganisme().getSiret();
        typeOrganisme = c.getOrganisme().getType().getLibelle();
        statut = c.getStatut();
        mode = c.getContrat().getMode().getLibelle();
        dateDebut = c.getDateDebut();
        services = c.getBulletins().stream().map(b -> b.getService().getCode()).sorted().collect(Collectors.joining(", "));
        enregistreePar = c.getEnregistreePar();
        // The latest move into "à vérifier": a draft rejected then submitted again queues from its new submission.
        soumiseLe = c.getHistorique().stream()
                .filter(t -> t.getApres() == StatutConvention.A_VERIFIER && t.getAvant() != StatutConvention.A_VERIFIER)
                .map(TransitionConvention::getLe)
                .reduce((premiere, suivante) -> suivante).orElse(null);
    }

    static ConventionLigne de(Convention c) {
        return new ConventionLigne(c);
    }

    public Long getId() {
        return id;
    }

    public String getNumero() {
        return numero;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public String getOrganisme() {
        return organisme;
    }

    public String getSiret() {
        return siret;
    }

    public String getTypeOrganisme() {
        return typeOrganisme;
    }

    public StatutConvention getStatut() {
        return statut;
    }

    public String getStatutLibelle() {
        return statut.getLibelle();
    }

    public String getMode() {
        return mode;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public String getServices() {
        return services;
    }

    public String getEnregistreePar() {
        return enregistreePar;
    }

    /** When it was (last) submitted for verification; null if never. */
    public Instant getSoumiseLe() {
        return soumiseLe;
    }
}

package org.eden.portail.tableaudebord;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.PeriodeSaisie;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.List;

/** The supervision screen (R-TDB-2): a period and a granularity, then charts beside their tables. */
@Named
@ViewScoped
public class SupervisionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService service;

    private final PeriodeSaisie periode = new PeriodeSaisie();
    private Supervision.Granularite granularite = Supervision.Granularite.SEMAINE;
    private Long organisme;
    private Supervision supervision;
    private List<EntrepotSupervision.LigneOrganisme> organismesDuPerimetre = List.of();

    public void ouvrir() {
        periode.derniersJours(service.aujourdhui(), 30);
        actualiser();
    }

    public void actualiser() {
        try {
            supervision = service.supervision(new DemandeSupervision(periode.getDu(), periode.getAu(), granularite, organisme, null));
            if (organisme == null) {
                organismesDuPerimetre = supervision.perimetre().startsWith("Caf") ? supervision.organismes() : List.of();
            }
        } catch (AuthorizationException refus) {
            supervision = null;
            MessagesEcran.accesRefuse();
        } catch (RegleMetierException refus) {
            MessagesEcran.refus(refus);
        }
    }

    public Supervision getSupervision() {
        return supervision;
    }

    public String getGraphiqueActivite() {
        return supervision == null ? "{}" : GraphiqueSupervision.activite(supervision.activite());
    }

    public String getGraphiqueSections() {
        return supervision == null ? "{}" : GraphiqueSupervision.sections(supervision.sections());
    }

    public String getGraphiqueMontee() {
        return supervision == null ? "{}" : GraphiqueSupervision.montee(supervision.montee());
    }

    public String getGraphiqueDeclarations() {
        return supervision == null ? "{}" : GraphiqueSupervision.declarations(supervision.declarations());
    }

    public Supervision.Granularite[] getGranularites() {
        return Supervision.Granularite.values();
    }

    public String libelle(Supervision.Granularite g) {
        return switch (g) {
            case JOUR -> "Jour";
            case SEMAINE -> "Semaine";
            case MOIS -> "Mois";
        };
    }

    /** Inside a Caf's scope, one of its partners can be chosen (a partner has one, the Cnaf sees Cafs). */
    public boolean isChoixOrganisme() {
        return !organismesDuPerimetre.isEmpty();
    }

    public List<EntrepotSupervision.LigneOrganisme> getOrganismesDuPerimetre() {
        return organismesDuPerimetre;
    }

    public String getNomFichier() {
        return periode.nomFichier("supervision");
    }

    public PeriodeSaisie getPeriode() {
        return periode;
    }

    public Supervision.Granularite getGranularite() {
        return granularite;
    }

    public void setGranularite(Supervision.Granularite granularite) {
        this.granularite = granularite;
    }

    public Long getOrganisme() {
        return organisme;
    }

    public void setOrganisme(Long organisme) {
        this.organisme = organisme;
    }
}

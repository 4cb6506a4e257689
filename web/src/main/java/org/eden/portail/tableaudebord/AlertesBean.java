package org.eden.portail.tableaudebord;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.PeriodeSaisie;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.List;

/**
 * The consultation alerts (R-TDB-7): a period, the atypical days with their reasons and a link to
 * their traces and, for the Caf, its thresholds. An alert informs; nothing here suspends anyone.
 */
@Named
@ViewScoped
public class AlertesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService service;

    private final PeriodeSaisie periode = new PeriodeSaisie();
    private List<Alerte> alertes = List.of();
    private SeuilsAlertes seuils;
    private String caf;
    private int dossiersParJour;
    private int facteurUsuel;

    public void ouvrir() {
        periode.derniersJours(service.aujourdhui(), 30);
        caf = service.cafDeLAppelant();
        if (caf != null && SecurityUtils.getSubject().isPermitted(PermissionsTableauDeBord.SEUILS_ALERTES + caf)) {
            seuils = service.seuils(caf);
            dossiersParJour = seuils.dossiersParJour();
            facteurUsuel = seuils.facteurUsuel();
        }
        actualiser();
    }

    public void actualiser() {
        try {
            alertes = service.alertes(new DemandeSupervision(periode.getDu(), periode.getAu(), Supervision.Granularite.JOUR, null, null));
        } catch (AuthorizationException refus) {
            alertes = List.of();
            MessagesEcran.accesRefuse();
        } catch (RegleMetierException refus) {
            MessagesEcran.refus(refus);
        }
    }

    public void enregistrerSeuils() {
        try {
            seuils = service.fixerSeuils(caf, dossiersParJour, facteurUsuel);
            MessagesEcran.info("Seuils enregistrés", "Les alertes sont relues avec les nouveaux seuils.");
            actualiser();
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
        }
    }

    public List<Alerte> getAlertes() {
        return alertes;
    }

    public boolean isReglage() {
        return seuils != null;
    }

    public String getTexteSeuils() {
        return seuils == null || seuils.parDefaut() ? "Les seuils par défaut s'appliquent tant que la Caf n'a pas fixé les siens."
                : "Les seuils fixés par la Caf.";
    }

    public SeuilsAlertes getSeuils() {
        return seuils;
    }

    public String getNomFichier() {
        return periode.nomFichier("alertes");
    }

    public PeriodeSaisie getPeriode() {
        return periode;
    }

    public int getDossiersParJour() {
        return dossiersParJour;
    }

    public void setDossiersParJour(int dossiersParJour) {
        this.dossiersParJour = dossiersParJour;
    }

    public int getFacteurUsuel() {
        return facteurUsuel;
    }

    public void setFacteurUsuel(int facteurUsuel) {
        this.facteurUsuel = facteurUsuel;
    }
}

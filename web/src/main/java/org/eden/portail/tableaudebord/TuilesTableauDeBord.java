package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

/**
 * The Tableau de bord on the home page (R-TDB-1): "OFFRE TDB", then one tile per dashboard the
 * caller's profiles open, then the vintage comparison, the supervision and the alerts (R-TDB-2,
 * R-TDB-7) and, for the Cnaf, the import.
 */
@ApplicationScoped
public class TuilesTableauDeBord extends TuilesDuContexte {

    public TuilesTableauDeBord() {
        super(70,
                new Tuile("OFFRE TDB", "Les tableaux de bord que vos profils ouvrent, et ce que chacun montre.",
                        "pi pi-th-large", "/tableaudebord/offre.xhtml", PermissionsTableauDeBord.MENU_OFFRE),
                new Tuile("Elisa – RSA", "Les statistiques du RSA par millésime, mois, niveau et régime.",
                        "pi pi-chart-bar", "/tableaudebord/elisa.xhtml?famille=RSA", PermissionsTableauDeBord.MENU_ELISA),
                new Tuile("Prestations légales", "Allocataires, monoparentalité, logement, revenus garantis, invalidité.",
                        "pi pi-chart-pie", "/tableaudebord/elisa.xhtml?famille=PRESTATIONS_LEGALES", PermissionsTableauDeBord.MENU_PRESTATIONS),
                new Tuile("Comparaison des millésimes", "Les révisions FR1 → FR2 → FR6 d'un mois.",
                        "pi pi-sort-alt", "/tableaudebord/comparaison.xhtml", PermissionsTableauDeBord.MENU_ELISA),
                new Tuile("Supervision", "Connexions, consultations CDAP, comptes actifs, habilitations et quotas de votre périmètre.",
                        "pi pi-chart-line", "/tableaudebord/supervision.xhtml", PermissionsTableauDeBord.MENU_SUPERVISION),
                new Tuile("Alertes de consultation", "Les consultations CDAP atypiques, avec leurs traces.",
                        "pi pi-exclamation-triangle", "/tableaudebord/alertes.xhtml", PermissionsTableauDeBord.MENU_ALERTES),
                new Tuile("Import des statistiques", "Charger le fichier mensuel d'un millésime (FR1, FR2, FR6).",
                        "pi pi-upload", "/tableaudebord/import.xhtml", PermissionsTableauDeBord.MENU_IMPORT));
    }
}

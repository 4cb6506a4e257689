package org.eden.portail.incident;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the incident context's screens. */
@ApplicationScoped
public class TuilesIncidents extends TuilesDuContexte {

    public TuilesIncidents() {
        super(40,
                new Tuile("Incidents", "Signaler un incident au guichet de la Caf et suivre son traitement.",
                        "pi pi-exclamation-circle", "/incident/mes-incidents.xhtml", PermissionsIncidents.ECRAN_INCIDENTS_PARTENAIRE),
                new Tuile("Guichet des incidents", "Les incidents des partenaires : prise en charge, échanges, résolution.",
                        "pi pi-inbox", "/incident/guichet.xhtml", PermissionsIncidents.ECRAN_GUICHET_INCIDENTS),
                new Tuile("Avis de maintenance", "Annoncer une interruption de service sur la page de connexion et l'accueil.",
                        "pi pi-megaphone", "/incident/maintenance.xhtml", PermissionsIncidents.ECRAN_MAINTENANCE));
    }
}

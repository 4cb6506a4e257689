package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles (and menu entries) of the AFAS screens. */
@ApplicationScoped
public class TuilesAfas extends TuilesDuContexte {

    public TuilesAfas() {
        super(35,
                new Tuile("AFAS : déclarations", "Déclarer l'activité et les finances de vos équipements, approuver et transmettre à la Caf.",
                        "pi pi-calculator", "/afas/declarations.xhtml", PermissionsAfas.ECRAN_DECLARATIONS),
                new Tuile("AFAS : statistiques", "Vos équipements au fil des exercices : heures, coût horaire, part de la Caf, taux d'occupation et de facturation.",
                        "pi pi-chart-line", "/afas/statistiques.xhtml", PermissionsAfas.ECRAN_STATISTIQUES),
                new Tuile("AFAS : équipements", "Les équipements et leurs fournisseurs de données et approbateur.",
                        "pi pi-building", "/afas/equipements.xhtml", PermissionsAfas.ECRAN_EQUIPEMENTS),
                new Tuile("AFAS : contrôles de cohérence", "Les seuils des contrôles des déclarations de vos partenaires, réglés pour votre Caf.",
                        "pi pi-sliders-h", "/afas/controles.xhtml", PermissionsAfas.ECRAN_CONTROLES),
                new Tuile("AFAS : instruction", "Recevoir, renvoyer pour correction ou valider les déclarations de vos partenaires ; les retards.",
                        "pi pi-inbox", "/afas/instruction.xhtml", PermissionsAfas.ECRAN_INSTRUCTION),
                new Tuile("AFAS : campagnes", "Les dates d'ouverture et les échéances des déclarations, par exercice.",
                        "pi pi-calendar", "/afas/campagnes.xhtml", PermissionsAfas.ECRAN_CAMPAGNES),
                new Tuile("AFAS : changements signalés", "Les changements des utilisateurs et des rôles AFAS de vos partenaires, datés, sans formulaire.",
                        "pi pi-history", "/afas/changements.xhtml", PermissionsAfas.ECRAN_CHANGEMENTS));
    }
}

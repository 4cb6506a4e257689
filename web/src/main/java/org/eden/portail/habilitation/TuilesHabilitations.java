package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the habilitation context's screens. */
@ApplicationScoped
public class TuilesHabilitations extends TuilesDuContexte {

    public TuilesHabilitations() {
        super(60,
                new Tuile("Habilitations", "Les groupes de votre organisme, leurs rôles et quotas, vos utilisateurs et leurs habilitations.",
                        "pi pi-sitemap", "/habilitation/groupes.xhtml", PermissionsHabilitations.ECRAN_HABILITATIONS),
                new Tuile("Habilitations des partenaires", "Suspendre, imposer un nouveau mot de passe, reprendre la main sur la délégation.",
                        "pi pi-shield", "/habilitation/caf.xhtml", PermissionsHabilitations.ECRAN_HABILITATIONS_CAF),
                new Tuile("Revue des habilitations", "La revue annuelle : confirmez ou retirez chaque habilitation de vos utilisateurs, puis signez.",
                        "pi pi-verified", "/habilitation/revue-habilitations.xhtml", PermissionsHabilitations.REVUE_MENER),
                new Tuile("Import d'utilisateurs", "Créer des utilisateurs en nombre depuis un fichier CSV, avec un rapport ligne à ligne.",
                        "pi pi-upload", "/habilitation/import-utilisateurs.xhtml", PermissionsHabilitations.IMPORT_UTILISATEURS),
                new Tuile("Campagne de revue", "Ouvrir la revue annuelle des habilitations et suivre où en est chaque partenaire.",
                        "pi pi-list-check", "/habilitation/revue-campagne.xhtml", PermissionsHabilitations.MENU_REVUE_SUIVRE));
    }
}

package org.eden.portail.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.eden.portail.identite.PermissionsPortail;

import java.util.List;

/**
 * The home page's tiles: every screen of the portal that the user's permissions open, and no
 * other. A tile is listed here only once its screen exists, so the home never leads nowhere.
 */
@Named
@RequestScoped
public class AccueilBean {

    static final List<Tuile> CATALOGUE = List.of(
            new Tuile("Mon compte", "Vos informations, votre rattachement et votre dernière connexion.",
                    "pi pi-user", "/compte/mon-compte.xhtml", PermissionsPortail.COMPTE_CONSULTER),
            new Tuile("Revue des habilitations", "La revue annuelle : confirmez ou retirez chaque habilitation de vos utilisateurs, puis signez.",
                    "pi pi-verified", "/habilitation/revue-habilitations.xhtml", PermissionsPortail.REVUE_MENER),
            new Tuile("Import d'utilisateurs", "Créer des utilisateurs en nombre depuis un fichier CSV, avec un rapport ligne à ligne.",
                    "pi pi-upload", "/habilitation/import-utilisateurs.xhtml", PermissionsPortail.IMPORT_UTILISATEURS),
            new Tuile("Campagne de revue", "Ouvrir la revue annuelle des habilitations et suivre où en est chaque partenaire.",
                    "pi pi-list-check", "/habilitation/revue-campagne.xhtml", PermissionsPortail.MENU_REVUE_SUIVRE));

    private List<Tuile> tuiles;

    public List<Tuile> getTuiles() {
        if (tuiles == null) {
            Subject sujet = SecurityUtils.getSubject();
            tuiles = CATALOGUE.stream().filter(t -> sujet.isPermitted(t.getPermission())).toList();
        }
        return tuiles;
    }
}

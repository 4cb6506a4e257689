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
            new Tuile("Conventions", "Les conventions de vos partenaires : contrats, bulletins, quotas, historique.",
                    "pi pi-file", "/convention/conventions.xhtml", PermissionsPortail.ECRAN_CONVENTIONS),
            new Tuile("À vérifier", "Les conventions enregistrées qui attendent votre contrôle a priori.",
                    "pi pi-check-square", "/convention/a-verifier.xhtml", PermissionsPortail.ECRAN_A_VERIFIER),
            new Tuile("Partenaires", "Les organismes partenaires de votre Caf.",
                    "pi pi-building", "/convention/partenaires.xhtml", PermissionsPortail.ECRAN_PARTENAIRES));

    private List<Tuile> tuiles;

    public List<Tuile> getTuiles() {
        if (tuiles == null) {
            Subject sujet = SecurityUtils.getSubject();
            tuiles = CATALOGUE.stream().filter(t -> sujet.isPermitted(t.getPermission())).toList();
        }
        return tuiles;
    }
}

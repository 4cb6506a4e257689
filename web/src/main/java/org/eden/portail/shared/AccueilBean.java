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
            new Tuile("Habilitations", "Les groupes de votre organisme, leurs rôles et quotas, vos utilisateurs et leurs habilitations.",
                    "pi pi-sitemap", "/habilitation/groupes.xhtml", PermissionsPortail.ECRAN_HABILITATIONS),
            new Tuile("Habilitations des partenaires", "Suspendre, imposer un nouveau mot de passe, reprendre la main sur la délégation.",
                    "pi pi-shield", "/habilitation/caf.xhtml", PermissionsPortail.ECRAN_HABILITATIONS_CAF));

    private List<Tuile> tuiles;

    public List<Tuile> getTuiles() {
        if (tuiles == null) {
            Subject sujet = SecurityUtils.getSubject();
            tuiles = CATALOGUE.stream().filter(t -> sujet.isPermitted(t.getPermission())).toList();
        }
        return tuiles;
    }
}
